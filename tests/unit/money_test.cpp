#include "common/domain/money.h"

#include <gtest/gtest.h>

#include <limits>
#include <ostream>

static void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace csm::common {
namespace {

constexpr Fen kMaxFen = std::numeric_limits<Fen>::max();
constexpr Fen kMinFen = std::numeric_limits<Fen>::min();

} // namespace

TEST(Money, FormatSmallAmounts)
{
    EXPECT_EQ(formatFen(0), u"0.00");
    EXPECT_EQ(formatFen(1), u"0.01");
    EXPECT_EQ(formatFen(10), u"0.10");
    EXPECT_EQ(formatFen(100), u"1.00");
    EXPECT_EQ(formatFen(1234), u"12.34");
    EXPECT_EQ(formatFen(99999), u"999.99");
}

TEST(Money, FormatNegative)
{
    EXPECT_EQ(formatFen(-5), u"-0.05");
    EXPECT_EQ(formatFen(-1234), u"-12.34");
    EXPECT_EQ(formatFen(-123456789), u"-1,234,567.89");
}

TEST(Money, FormatThousandsSeparators)
{
    EXPECT_EQ(formatFen(100000), u"1,000.00");
    EXPECT_EQ(formatFen(123456700), u"1,234,567.00");
    EXPECT_EQ(formatFen(12345600), u"123,456.00");
    EXPECT_EQ(formatFen(1234500), u"12,345.00");
    EXPECT_EQ(formatFen(100000000000), u"1,000,000,000.00");
}

TEST(Money, FormatExtremes)
{
    EXPECT_EQ(formatFen(kMaxFen), u"92,233,720,368,547,758.07");
    EXPECT_EQ(formatFen(kMinFen), u"-92,233,720,368,547,758.08");
}

TEST(Money, ParseWholeYuan)
{
    EXPECT_EQ(parseYuan(u"12"), std::optional<Fen>(1200));
    EXPECT_EQ(parseYuan(u"0"), std::optional<Fen>(0));
    EXPECT_EQ(parseYuan(u"007"), std::optional<Fen>(700));
}

TEST(Money, ParseDecimals)
{
    EXPECT_EQ(parseYuan(u"12.3"), std::optional<Fen>(1230));
    EXPECT_EQ(parseYuan(u"12.34"), std::optional<Fen>(1234));
    EXPECT_EQ(parseYuan(u"12.05"), std::optional<Fen>(1205));
    EXPECT_EQ(parseYuan(u"0.05"), std::optional<Fen>(5));
    EXPECT_EQ(parseYuan(u"0.5"), std::optional<Fen>(50));
}

TEST(Money, ParseCurrencySymbol)
{
    EXPECT_EQ(parseYuan(u"¥12.34"), std::optional<Fen>(1234));
    EXPECT_EQ(parseYuan(u"￥12.34"), std::optional<Fen>(1234));
    EXPECT_EQ(parseYuan(u"¥ 12.34"), std::optional<Fen>(1234));
    EXPECT_EQ(parseYuan(u"  ¥12  "), std::optional<Fen>(1200));
}

TEST(Money, ParseThousandsSeparators)
{
    EXPECT_EQ(parseYuan(u"1,234.50"), std::optional<Fen>(123450));
    EXPECT_EQ(parseYuan(u"1,234,567"), std::optional<Fen>(123456700));
    EXPECT_EQ(parseYuan(u"¥1,234,567.89"), std::optional<Fen>(123456789));
    EXPECT_EQ(parseYuan(u"123,456"), std::optional<Fen>(12345600));
}

TEST(Money, ParseRejectsBadGrouping)
{
    EXPECT_FALSE(parseYuan(u"12,34").has_value());
    EXPECT_FALSE(parseYuan(u"1,2345").has_value());
    EXPECT_FALSE(parseYuan(u"1234,567").has_value());
    EXPECT_FALSE(parseYuan(u",123").has_value());
    EXPECT_FALSE(parseYuan(u"1,,234").has_value());
    EXPECT_FALSE(parseYuan(u"1,234,").has_value());
    EXPECT_FALSE(parseYuan(u"1,234.5,0").has_value());
}

TEST(Money, ParseNegative)
{
    EXPECT_EQ(parseYuan(u"-5"), std::optional<Fen>(-500));
    EXPECT_EQ(parseYuan(u"-0.05"), std::optional<Fen>(-5));
    EXPECT_EQ(parseYuan(u"-¥12.34"), std::optional<Fen>(-1234));
    EXPECT_EQ(parseYuan(u"¥-12.34"), std::optional<Fen>(-1234));
    EXPECT_EQ(parseYuan(u"-0"), std::optional<Fen>(0));
    EXPECT_FALSE(parseYuan(u"--5").has_value());
    EXPECT_FALSE(parseYuan(u"-¥-5").has_value());
    EXPECT_FALSE(parseYuan(u"5-").has_value());
    EXPECT_FALSE(parseYuan(u"-").has_value());
}

TEST(Money, ParseFullWidth)
{
    EXPECT_EQ(parseYuan(u"１２．３４"), std::optional<Fen>(1234));
    EXPECT_EQ(parseYuan(u"￥１，２３４．５"), std::optional<Fen>(123450));
}

TEST(Money, ParseRejectsMoreThanTwoDecimals)
{
    EXPECT_FALSE(parseYuan(u"12.345").has_value());
    EXPECT_FALSE(parseYuan(u"12.340").has_value());
    EXPECT_FALSE(parseYuan(u"0.001").has_value());
}

TEST(Money, ParseRejectsEmpty)
{
    EXPECT_FALSE(parseYuan(u"").has_value());
    EXPECT_FALSE(parseYuan(u"   ").has_value());
    EXPECT_FALSE(parseYuan(u"¥").has_value());
    EXPECT_FALSE(parseYuan(u"¥ ").has_value());
}

TEST(Money, ParseRejectsGarbage)
{
    EXPECT_FALSE(parseYuan(u"abc").has_value());
    EXPECT_FALSE(parseYuan(u"12a").has_value());
    EXPECT_FALSE(parseYuan(u"1 234").has_value());
    EXPECT_FALSE(parseYuan(u"12.3.4").has_value());
    EXPECT_FALSE(parseYuan(u"12..3").has_value());
    EXPECT_FALSE(parseYuan(u".5").has_value());
    EXPECT_FALSE(parseYuan(u"12.").has_value());
    EXPECT_FALSE(parseYuan(u".").has_value());
    EXPECT_FALSE(parseYuan(u"+12").has_value());
    EXPECT_FALSE(parseYuan(u"1e3").has_value());
    EXPECT_FALSE(parseYuan(u"12.-3").has_value());
    EXPECT_FALSE(parseYuan(u"12¥").has_value());
    EXPECT_FALSE(parseYuan(u"$12").has_value());
    EXPECT_FALSE(parseYuan(u"12元").has_value());
    EXPECT_FALSE(parseYuan(u"\u0661\u0662").has_value()); // Arabic-Indic digits
}

TEST(Money, ParseLimits)
{
    EXPECT_EQ(parseYuan(u"92233720368547758.07"), std::optional<Fen>(kMaxFen));
    EXPECT_EQ(parseYuan(u"-92233720368547758.07"), std::optional<Fen>(-kMaxFen));
    EXPECT_EQ(parseYuan(u"92,233,720,368,547,758.07"), std::optional<Fen>(kMaxFen));
}

TEST(Money, ParseRejectsOverflow)
{
    EXPECT_FALSE(parseYuan(u"92233720368547758.08").has_value());
    EXPECT_FALSE(parseYuan(u"92233720368547759").has_value());
    EXPECT_FALSE(parseYuan(u"-92233720368547758.08").has_value());
    EXPECT_FALSE(parseYuan(u"99999999999999999999999999").has_value());
    EXPECT_FALSE(parseYuan(u"18446744073709551616").has_value()); // 2^64
}

TEST(Money, FormatThenParseRoundTrips)
{
    for (Fen amount : {Fen(0), Fen(1), Fen(-1), Fen(99), Fen(100), Fen(123456789), Fen(-987654321),
             kMaxFen, -kMaxFen}) {
        EXPECT_EQ(parseYuan(formatFen(amount)), std::optional<Fen>(amount)) << amount;
    }
}

} // namespace csm::common
