package dev.poolforge.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonEncoderTest {
    private final JsonScratch scratch = new JsonScratch();
    private final JsonEncoder json = new JsonEncoder(scratch);

    @Test
    void nestsObjectsAndArraysWithCommasBetweenMembers() {
        json.beginObject()
                .name("a").beginArray().value(1).beginObject().name("b").value("c").endObject().endArray()
                .name("d").beginObject().endObject()
                .name("e").value((CharSequence) null)
                .endObject();

        assertThat(scratch.output()).hasToString("{\"a\":[1,{\"b\":\"c\"}],\"d\":{},\"e\":null}");
        assertThat(scratch.depth()).isZero();
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        json.value("say \"hi\"\\\n\u0001");

        assertThat(scratch.output()).hasToString("\"say \\\"hi\\\"\\\\\\u000a\\u0001\"");
    }

    @Test
    void refusesADuplicateTopLevelKeyButAllowsTheSameKeyNested() {
        json.beginObject().name("id").value(1).name("inner").beginObject().name("id").value(2).endObject();

        assertThatThrownBy(() -> json.name("id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duplicate top-level key \"id\"");
    }

    @Test
    void refusesToNestDeeperThanTheStack() {
        for (int i = 0; i < JsonScratch.MAX_DEPTH; i++) {
            json.beginArray();
        }

        assertThatThrownBy(json::beginArray).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(String.valueOf(JsonScratch.MAX_DEPTH));
    }

    @Test
    void refusesToCloseWhatIsNotOpen() {
        assertThatThrownBy(json::endObject).isInstanceOf(IllegalStateException.class);
    }
}
