package corpus;

import dev.poolforge.Pooled;
import dev.poolforge.Reset;
import java.util.ArrayList;

/** The shape of Jackson's TextBuffer, rewritten: a current segment that grows by replacement, and full segments. */
@Pooled
public class TextBuffer {
    static final int MIN_SEGMENT_LEN = 500;

    @Reset char[] currentSegment = new char[MIN_SEGMENT_LEN];
    @Reset int currentSize;
    @Reset int segmentSize;
    @Reset final ArrayList<char[]> segments = new ArrayList<>(4);
    @Reset boolean hasSegments;
    @Reset String resultString;

    public void use(long seed) {
        segments.add(currentSegment.clone());
        hasSegments = true;
        segmentSize += currentSegment.length;
        currentSegment[0] = 'x';
        currentSize = (int) (seed & 7) + 1;
        resultString = "text" + seed;
    }
}
