#include "common/domain/phone.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <ostream>

static void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace csm::common {

static void PrintTo(const NormalizedPhone& phone, std::ostream* os)
{
    *os << "{digits=" << phone.digits.toStdString() << " kind=" << int(phone.kind)
        << " area=" << phone.areaCode.toStdString() << " local=" << phone.local.toStdString() << '}';
}

namespace {

NormalizedPhone expectPhone(QStringView input)
{
    const std::optional<NormalizedPhone> phone = normalizePhone(input);
    EXPECT_TRUE(phone.has_value()) << "input: " << input.toString().toStdString();
    return phone.value_or(NormalizedPhone{});
}

QString digitsOf(QStringView input)
{
    return expectPhone(input).digits;
}

void expectRejected(std::initializer_list<QStringView> inputs)
{
    for (QStringView input : inputs)
        EXPECT_FALSE(normalizePhone(input).has_value()) << "input: " << input.toString().toStdString();
}

} // namespace

TEST(Phone, PlainMobile)
{
    const NormalizedPhone phone = expectPhone(u"13912345678");
    EXPECT_EQ(phone.digits, u"13912345678");
    EXPECT_EQ(phone.kind, PhoneKind::Mobile);
    EXPECT_TRUE(phone.areaCode.isEmpty());
    EXPECT_EQ(phone.local, u"13912345678");
}

TEST(Phone, MobileSecondDigitRange)
{
    for (char16_t second = u'3'; second <= u'9'; ++second) {
        const QString number = QStringLiteral("1") + QChar(second) + QStringLiteral("912345678");
        EXPECT_EQ(expectPhone(number).kind, PhoneKind::Mobile) << number.toStdString();
    }
    expectRejected({u"10912345678", u"11912345678", u"12912345678"});
}

TEST(Phone, StripsSpacesDashesDotsAndParentheses)
{
    EXPECT_EQ(digitsOf(u"139 1234 5678"), u"13912345678");
    EXPECT_EQ(digitsOf(u"139-1234-5678"), u"13912345678");
    EXPECT_EQ(digitsOf(u"139.1234.5678"), u"13912345678");
    EXPECT_EQ(digitsOf(u"(025) 8888 9999"), u"02588889999");
    EXPECT_EQ(digitsOf(u"  13912345678\t"), u"13912345678");
}

TEST(Phone, StripsPlus86AndDashes)
{
    EXPECT_EQ(digitsOf(u"+86-139-1234-5678"), u"13912345678");
    EXPECT_EQ(digitsOf(u"+86 13912345678"), u"13912345678");
    EXPECT_EQ(digitsOf(u"(+86) 139 1234 5678"), u"13912345678");
}

TEST(Phone, Strips0086And86)
{
    EXPECT_EQ(digitsOf(u"0086 139 1234 5678"), u"13912345678");
    EXPECT_EQ(digitsOf(u"8613912345678"), u"13912345678");
    EXPECT_EQ(digitsOf(u"86 139 1234 5678"), u"13912345678");
}

TEST(Phone, Plus86LandlineGetsLeadingZeroBack)
{
    const NormalizedPhone phone = expectPhone(u"+86 25 8888 9999");
    EXPECT_EQ(phone.digits, u"02588889999");
    EXPECT_EQ(phone.kind, PhoneKind::Landline);
    EXPECT_EQ(phone.areaCode, u"025");
    EXPECT_EQ(phone.local, u"88889999");

    EXPECT_EQ(digitsOf(u"+86 10 6552 9988"), u"01065529988");
    EXPECT_EQ(digitsOf(u"+86 755 8888 9999"), u"075588889999");
    EXPECT_EQ(digitsOf(u"0086-25-88889999"), u"02588889999");
    EXPECT_EQ(digitsOf(u"862588889999"), u"02588889999");
    EXPECT_EQ(digitsOf(u"+86 025 8888 9999"), u"02588889999");
}

TEST(Phone, Plus86RejectsInvalidNationalNumber)
{
    expectRejected({u"+86 12345", u"+86 139 1234 567", u"+86 10 1234", u"+86 95588",
        u"+86 11 8888 9999", u"+86 0139 1234 5678", u"+86", u"0086"});
}

TEST(Phone, Bare86OnlyStrippedWhenFollowedByValidNumber)
{
    // 8 digits starting with 86: a bare local number, not a prefix.
    const NormalizedPhone phone = expectPhone(u"86123456");
    EXPECT_EQ(phone.kind, PhoneKind::Landline);
    EXPECT_EQ(phone.digits, u"86123456");
    EXPECT_TRUE(phone.areaCode.isEmpty());
    expectRejected({u"8612345678901", u"86139123456", u"861191234567"});
}

TEST(Phone, ThreeDigitAreaCodes)
{
    const NormalizedPhone beijing = expectPhone(u"010-65529988");
    EXPECT_EQ(beijing.areaCode, u"010");
    EXPECT_EQ(beijing.local, u"65529988");
    EXPECT_EQ(beijing.digits, u"01065529988");

    const NormalizedPhone nanjing = expectPhone(u"025-12345678");
    EXPECT_EQ(nanjing.areaCode, u"025");
    EXPECT_EQ(nanjing.local, u"12345678");
    EXPECT_EQ(nanjing.digits, u"02512345678");

    EXPECT_EQ(expectPhone(u"021 5555 6666").areaCode, u"021");
    EXPECT_EQ(expectPhone(u"029-8765432").local, u"8765432");
}

TEST(Phone, FourDigitAreaCodes)
{
    const NormalizedPhone shenzhen = expectPhone(u"0755-88889999");
    EXPECT_EQ(shenzhen.kind, PhoneKind::Landline);
    EXPECT_EQ(shenzhen.areaCode, u"0755");
    EXPECT_EQ(shenzhen.local, u"88889999");
    EXPECT_EQ(shenzhen.digits, u"075588889999");

    EXPECT_EQ(expectPhone(u"0512-6888999").areaCode, u"0512");
    EXPECT_EQ(expectPhone(u"0991 2345678").areaCode, u"0991");
}

TEST(Phone, InvalidAreaCodesAndLocalNumbers)
{
    expectRejected({
        u"011-88889999", u"019-88889999",   // 01X other than 010
        u"025-08889999",                    // local starting with 0
        u"025-888999", u"0755-888999",      // local too short
        u"025-888899990", u"0755-888899990", // local too long
        u"0",
    });
}

TEST(Phone, BareLocalNumber)
{
    const NormalizedPhone eight = expectPhone(u"8888 9999");
    EXPECT_EQ(eight.kind, PhoneKind::Landline);
    EXPECT_EQ(eight.digits, u"88889999");
    EXPECT_TRUE(eight.areaCode.isEmpty());
    EXPECT_EQ(eight.local, u"88889999");

    EXPECT_EQ(digitsOf(u"6552998"), u"6552998");
    expectRejected({u"18889999" /* may not start with 1 */, u"123456" /* too short */});
}

TEST(Phone, TrunkPrefixedMobile)
{
    const NormalizedPhone phone = expectPhone(u"013912345678");
    EXPECT_EQ(phone.kind, PhoneKind::Mobile);
    EXPECT_EQ(phone.digits, u"13912345678");
}

TEST(Phone, ServiceNumbers)
{
    const NormalizedPhone hotline = expectPhone(u"400-812-3123");
    EXPECT_EQ(hotline.kind, PhoneKind::Service);
    EXPECT_EQ(hotline.digits, u"4008123123");
    EXPECT_TRUE(hotline.areaCode.isEmpty());
    EXPECT_EQ(hotline.local, u"4008123123");

    for (QStringView number : {u"800 820 8820", u"95588", u"96169", u"10086", u"12345"})
        EXPECT_EQ(expectPhone(number).kind, PhoneKind::Service) << number.toString().toStdString();
    EXPECT_EQ(digitsOf(u"95588"), u"95588");
}

TEST(Phone, InvalidServiceNumbers)
{
    expectRejected({u"97588", u"11086", u"400812312", u"40081231234", u"110"});
}

TEST(Phone, International)
{
    const NormalizedPhone us = expectPhone(u"+1 (415) 555-0100");
    EXPECT_EQ(us.kind, PhoneKind::International);
    EXPECT_EQ(us.digits, u"+14155550100");
    EXPECT_TRUE(us.areaCode.isEmpty());
    EXPECT_EQ(us.local, u"+14155550100");

    EXPECT_EQ(digitsOf(u"001 415 555 0100"), u"+14155550100");
    EXPECT_EQ(digitsOf(u"+852 2345 6789"), u"+85223456789");
    EXPECT_EQ(digitsOf(u"+123456"), u"+123456");                   // 6 digits, minimum
    EXPECT_EQ(digitsOf(u"+123456789012345"), u"+123456789012345"); // 15 digits, maximum
}

TEST(Phone, InvalidInternational)
{
    expectRejected({
        u"+12345",            // 5 digits
        u"+1234567890123456", // 16 digits
        u"+0123456789",       // country codes never start with 0
        u"000123456789", u"+", u"00",
        u"139+12345678", u"++8613912345678", // '+' not leading / twice
    });
}

TEST(Phone, FullWidthDigits)
{
    EXPECT_EQ(digitsOf(u"１３９１２３４５６７８"), u"13912345678");
    EXPECT_EQ(digitsOf(u"＋８６　１３９－１２３４－５６７８"), u"13912345678");
    EXPECT_EQ(digitsOf(u"（０２５）８８８８９９９９"), u"02588889999");
}

TEST(Phone, DropsExtensions)
{
    for (QStringView input : {u"025-88889999转8001", u"025-88889999 转 8001", u"025-88889999分机8001",
             u"025-88889999 ext 8001", u"025-88889999 Ext. 8001", u"025-88889999 extension 12",
             u"025-88889999x8001", u"025-88889999 X 8001", u"025-88889999#8001"}) {
        EXPECT_EQ(digitsOf(input), u"02588889999") << input.toString().toStdString();
    }
    EXPECT_EQ(digitsOf(u"4008123123#"), u"4008123123");
    EXPECT_EQ(digitsOf(u"400-812-3123 转 2"), u"4008123123");
}

TEST(Phone, RejectsMalformedExtensions)
{
    expectRejected({u"025-88889999 ext abc", u"025-88889999 x 1234567" /* > 6 digits */,
        u"转8001", u"#8001"});
}

TEST(Phone, RejectsEmptyAndBlank)
{
    expectRejected({u"", u"   ", u"\u3000", u"--", u"()"});
}

TEST(Phone, RejectsWithheldNumbers)
{
    expectRejected({u"anonymous", u"Anonymous", u"unknown", u"UNKNOWN", u"restricted", u"private",
        u"withheld", u"未知号码"});
}

TEST(Phone, RejectsLetters)
{
    expectRejected({u"139abcd5678", u"1391234567a", u"tel:13912345678", u"13912345678/13812345678"});
}

TEST(Phone, RejectsWrongLengthAndNonAsciiDigits)
{
    expectRejected({u"1391234567", u"139123456789", u"1391234567890123456789012345", u"12",
        u"123456789", u"\u0661\u0663\u0669\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668"});
}

TEST(Phone, Format)
{
    EXPECT_EQ(formatPhone(expectPhone(u"+8613912345678")), u"139 1234 5678");
    EXPECT_EQ(formatPhone(expectPhone(u"02512345678")), u"025-12345678");
    EXPECT_EQ(formatPhone(expectPhone(u"075588889999")), u"0755-88889999");
    EXPECT_EQ(formatPhone(expectPhone(u"88889999")), u"88889999");
    EXPECT_EQ(formatPhone(expectPhone(u"4008123123")), u"400-812-3123");
    EXPECT_EQ(formatPhone(expectPhone(u"95588")), u"95588");
    EXPECT_EQ(formatPhone(expectPhone(u"+1 415 555 0100")), u"+14155550100");
}

TEST(Phone, NormalizationIsIdempotent)
{
    for (QStringView input : {u"+86 139-1234-5678", u"(025) 8888 9999", u"+86 755 8888 9999",
             u"400 812 3123", u"95588", u"001 415 555 0100", u"8888 9999"}) {
        const NormalizedPhone first = expectPhone(input);
        EXPECT_EQ(expectPhone(first.digits), first) << input.toString().toStdString();
        EXPECT_EQ(expectPhone(formatPhone(first)), first) << input.toString().toStdString();
    }
}

} // namespace csm::common
