#include "model/number.hpp"

#include <doctest/doctest.h>

using namespace aistrat;

TEST_SUITE("model.number") {
    TEST_CASE("compare_numbers: exact, beyond what a double holds") {
        CHECK(model::compare_numbers("9223372036854775807", "9223372036854775806") == 1);
        CHECK(model::compare_numbers("9007199254740993", "9007199254740992") == 1);
        CHECK(model::compare_numbers("-9007199254740993", "-9007199254740992") == -1);
        CHECK(model::compare_numbers("0.1", "0.1000000000000000055511151231257827") == -1);
        CHECK(model::compare_numbers("123456789012345678901234567890",
                                     "123456789012345678901234567891") == -1);
    }

    TEST_CASE("compare_numbers: the same number written differently") {
        CHECK(model::compare_numbers("7", "7.0") == 0);
        CHECK(model::compare_numbers("7", "007") == 0);
        CHECK(model::compare_numbers("7", "0.7e1") == 0);
        CHECK(model::compare_numbers("1000", "1E+3") == 0);
        CHECK(model::compare_numbers("0.5", ".5") == 0);
        CHECK(model::compare_numbers("5", "5.") == 0);
        CHECK(model::compare_numbers("0", "-0.000") == 0);
        CHECK(model::compare_numbers("0", "0e99999999999999999999999") == 0);
    }

    TEST_CASE("compare_numbers: signs, magnitudes and fractions") {
        CHECK(model::compare_numbers("-1", "1") == -1);
        CHECK(model::compare_numbers("-2", "-1") == -1);
        CHECK(model::compare_numbers("0", "-0.001") == 1);
        CHECK(model::compare_numbers("0.12", "0.123") == -1);
        CHECK(model::compare_numbers("99", "100") == -1);
        CHECK(model::compare_numbers("2.5", "2.49999999") == 1);
        CHECK(model::compare_numbers("1e-3", "0.001") == 0);
        CHECK(model::compare_numbers("1e999999999999999999999", "1e400") == 1);
    }

    TEST_CASE("compare_numbers: anything else is not a number") {
        for (const char* text : {"", "-", ".", "e5", "1e", "1e+", "+1", "1_000", "0x10", "inf",
                                 "nan", " 1", "1 ", "1..2", "1.2.3", "--1", "seven"})
            CHECK_MESSAGE(!model::compare_numbers(text, "1"), text);
    }

    TEST_CASE("number_key: one key per number") {
        CHECK(model::number_key("7") == model::number_key("7.00"));
        CHECK(model::number_key("-0") == model::number_key("0"));
        CHECK(model::number_key("9223372036854775807") != model::number_key("9223372036854775806"));
        CHECK(model::number_key("x").empty());
    }
}
