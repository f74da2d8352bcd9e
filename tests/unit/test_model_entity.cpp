#include "model/entity.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace aistrat;

namespace {
model::Field text_field(std::string name, std::string text) {
    model::Field f;
    f.name = std::move(name);
    f.value.text = std::move(text);
    return f;
}

model::Entity wide(std::size_t count) {
    model::Entity e;
    // Written in an order that is not the names' order.
    for (std::size_t i = count; i-- > 0;)
        e.fields.push_back(text_field("f" + std::to_string(i), std::to_string(i)));
    return e;
}
} // namespace

TEST_SUITE("model.entity") {
    TEST_CASE("field: every field found by name, indexed or not") {
        for (const std::size_t count : {3, 40}) {
            CAPTURE(count);
            model::Entity e = wide(count);
            e.index_fields();
            CHECK(e.field_order.size() == (count >= 16 ? count : 0));
            for (std::size_t i = 0; i < count; ++i) {
                const model::Field* f = e.field("f" + std::to_string(i));
                REQUIRE(f != nullptr);
                CHECK(f->value.text == std::to_string(i));
            }
            CHECK(e.field("f") == nullptr);
            CHECK(e.field("f" + std::to_string(count)) == nullptr);
            CHECK(e.field("") == nullptr);
        }
    }

    TEST_CASE("field: of two fields of one name, the first, as a scan finds it") {
        model::Entity e = wide(30);
        e.fields.push_back(text_field("f7", "second"));
        e.index_fields();
        CHECK(e.field("f7")->value.text == "7");
    }

    TEST_CASE("field: an index made before fields were added is not used") {
        model::Entity e = wide(30);
        e.index_fields();
        e.fields.push_back(text_field("late", "x"));
        REQUIRE(e.field("late") != nullptr);
        CHECK(e.field("late")->value.text == "x");
    }
}
