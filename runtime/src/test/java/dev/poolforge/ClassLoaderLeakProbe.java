package dev.poolforge;

import java.io.File;
import java.lang.ref.WeakReference;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a child JVM by {@link ClassLoaderLeakTest}: loads the runtime and {@link LoaderUser} in
 * a throw-away class loader, runs it on a thread whose inheritable thread-local holds that loader
 * (as a logging context would hold an application's object), forgets everything and waits for
 * the loader to be collected. Exits 0 when it was, 1 when it was still reachable after 30 s.
 */
public final class ClassLoaderLeakProbe {
    private static final InheritableThreadLocal<Object> CONTEXT = new InheritableThreadLocal<>();

    private ClassLoaderLeakProbe() {
    }

    public static void main(String[] args) throws Exception {
        WeakReference<ClassLoader> loader = deployAndUndeploy();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!loader.refersTo(null)) {
            if (System.nanoTime() > deadline) {
                System.out.println("loader not collected; clock thread alive: " + clockThreadAlive());
                System.exit(1);
            }
            System.gc();
            Thread.sleep(10);
        }
        System.out.println("loader collected; clock thread alive: " + clockThreadAlive());
        System.exit(0);
    }

    private static WeakReference<ClassLoader> deployAndUndeploy() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(new File(entry).toURI().toURL());
        }
        // Parent: the platform loader, so the runtime's classes are loaded again, by this loader.
        URLClassLoader application = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        Thread deployment = new Thread(() -> {
            CONTEXT.set(application);
            Thread.currentThread().setContextClassLoader(application);
            try {
                application.loadClass(LoaderUser.class.getName()).getMethod("run").invoke(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }, "deployment");
        deployment.start();
        deployment.join();
        application.close();
        return new WeakReference<>(application);
    }

    private static boolean clockThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("poolforge-gc-clock"));
    }
}
