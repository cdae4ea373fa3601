package dev.poolforge.bench;

import dev.poolforge.Pooled;
import dev.poolforge.Reset;
import java.util.ArrayList;
import java.util.List;

/** The small benchmark object: a few fields, a list and a builder, annotated as a user would. */
@Pooled
public class SmallObject {
    @Reset long id;
    @Reset int count;
    @Reset String name;
    @Reset final List<String> tags = new ArrayList<>();
    @Reset final StringBuilder text = new StringBuilder();
}
