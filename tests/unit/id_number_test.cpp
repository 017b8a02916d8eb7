#include "common/domain/id_number.h"

#include <gtest/gtest.h>

#include <ostream>

static void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}

static void PrintTo(const QDate& date, std::ostream* os)
{
    *os << date.toString(Qt::ISODate).toStdString();
}

static void PrintTo(QChar c, std::ostream* os)
{
    *os << '\'' << QString(c).toStdString() << '\'';
}

namespace csm::common {
namespace {

// Check characters below were computed independently with the MOD 11-2 rule.
constexpr QStringView kSampleFemale = u"11010519491231002X"; // the well-known sample
constexpr QStringView kSampleMale = u"320102198506150014";
constexpr QStringView kSampleFemale2 = u"320102198506150022";
constexpr QStringView kLeapDay = u"440305200002294564"; // born 2000-02-29
constexpr QStringView kChongqing = u"500102199001010006";
constexpr QStringView kMacau1900 = u"82000019000101001X"; // born 1900-01-01

} // namespace

TEST(IdNumber, NormalizeTrimsAndRemovesSpaces)
{
    EXPECT_EQ(normalizeIdNumber(u"  110105 19491231 002X \t"), u"11010519491231002X");
    EXPECT_EQ(normalizeIdNumber(u"110105\u300019491231002X"), u"11010519491231002X");
    EXPECT_EQ(normalizeIdNumber(u""), u"");
    EXPECT_EQ(normalizeIdNumber(u"   "), u"");
}

TEST(IdNumber, NormalizeUppercasesTrailingX)
{
    EXPECT_EQ(normalizeIdNumber(u"11010519491231002x"), u"11010519491231002X");
    EXPECT_EQ(normalizeIdNumber(u"11010519491231002x  "), u"11010519491231002X");
    // Only the trailing character is touched.
    EXPECT_EQ(normalizeIdNumber(u"x1010519491231002x"), u"x1010519491231002X");
}

TEST(IdNumber, NormalizeFoldsFullWidth)
{
    EXPECT_EQ(normalizeIdNumber(u"１１０１０５１９４９１２３１００２ｘ"), u"11010519491231002X");
    EXPECT_EQ(normalizeIdNumber(u"１１０１０５１９４９１２３１００２Ｘ"), u"11010519491231002X");
}

TEST(IdNumber, CheckCharacter)
{
    EXPECT_EQ(idNumberCheckChar(u"11010519491231002"), QChar(u'X'));
    EXPECT_EQ(idNumberCheckChar(u"32010219850615001"), QChar(u'4'));
    EXPECT_EQ(idNumberCheckChar(u"32010219850615002"), QChar(u'2'));
    EXPECT_EQ(idNumberCheckChar(u"44030520000229456"), QChar(u'4'));
    EXPECT_EQ(idNumberCheckChar(u"50010219900101000"), QChar(u'6'));
    // Sum 0 -> index 0 -> '1'.
    EXPECT_EQ(idNumberCheckChar(u"00000000000000000"), QChar(u'1'));
}

TEST(IdNumber, CheckCharacterRejectsBadInput)
{
    EXPECT_TRUE(idNumberCheckChar(u"").isNull());
    EXPECT_TRUE(idNumberCheckChar(u"1101051949123100").isNull());   // 16
    EXPECT_TRUE(idNumberCheckChar(u"110105194912310021").isNull()); // 18
    EXPECT_TRUE(idNumberCheckChar(u"1101051949123100A").isNull());
}

TEST(IdNumber, ValidSamples)
{
    EXPECT_TRUE(isValidIdNumber(kSampleFemale));
    EXPECT_TRUE(isValidIdNumber(kSampleMale));
    EXPECT_TRUE(isValidIdNumber(kSampleFemale2));
    EXPECT_TRUE(isValidIdNumber(kLeapDay));
    EXPECT_TRUE(isValidIdNumber(kChongqing));
    EXPECT_TRUE(isValidIdNumber(kMacau1900));
}

TEST(IdNumber, RejectsWrongCheckDigit)
{
    EXPECT_FALSE(isValidIdNumber(u"110105194912310021"));
    EXPECT_FALSE(isValidIdNumber(u"320102198506150015"));
    EXPECT_FALSE(isValidIdNumber(u"32010219850615001X"));
}

TEST(IdNumber, RejectsLowercaseXUnlessNormalized)
{
    EXPECT_FALSE(isValidIdNumber(u"11010519491231002x"));
    EXPECT_TRUE(isValidIdNumber(normalizeIdNumber(u"11010519491231002x")));
}

TEST(IdNumber, RejectsWrongLengthAndCharacters)
{
    EXPECT_FALSE(isValidIdNumber(u""));
    EXPECT_FALSE(isValidIdNumber(u"11010519491231002"));   // 17
    EXPECT_FALSE(isValidIdNumber(u"11010519491231002X1")); // 19
    EXPECT_FALSE(isValidIdNumber(u"110105491231002"));     // legacy 15-digit
    EXPECT_FALSE(isValidIdNumber(u"1101051949123100XX"));
    EXPECT_FALSE(isValidIdNumber(u"11010519491231A02X"));
    EXPECT_FALSE(isValidIdNumber(u"110105 9491231002X"));
    EXPECT_FALSE(isValidIdNumber(u"１１０１０５１９４９１２３１００２Ｘ")); // not normalized
}

TEST(IdNumber, RejectsUnknownProvince)
{
    // Check characters are correct, only the province code is wrong.
    EXPECT_FALSE(isValidIdNumber(u"910105194912310029"));
    const QString body10 = QStringLiteral("10010519491231002");
    EXPECT_FALSE(isValidIdNumber(body10 + idNumberCheckChar(body10)));
    const QString body16 = QStringLiteral("16010519491231002");
    EXPECT_FALSE(isValidIdNumber(body16 + idNumberCheckChar(body16)));
    const QString body83 = QStringLiteral("83010519491231002");
    EXPECT_FALSE(isValidIdNumber(body83 + idNumberCheckChar(body83)));
}

TEST(IdNumber, RejectsImpossibleBirthDate)
{
    // Feb 30 with a correct check character.
    EXPECT_FALSE(isValidIdNumber(u"320102199002301231"));
    for (QStringView body : {QStringView(u"32010219900229123"), QStringView(u"32010219901301123"),
             QStringView(u"32010219900100123"), QStringView(u"32010219900431123")}) {
        EXPECT_FALSE(isValidIdNumber(body.toString() + idNumberCheckChar(body)))
            << body.toString().toStdString();
    }
}

TEST(IdNumber, RejectsFutureBirthDate)
{
    EXPECT_FALSE(isValidIdNumber(u"110105209912310010"));
    const QString tomorrow = QDate::currentDate().addDays(1).toString(QStringLiteral("yyyyMMdd"));
    const QString body = QStringLiteral("320102") + tomorrow + QStringLiteral("001");
    EXPECT_FALSE(isValidIdNumber(body + idNumberCheckChar(body)));
}

TEST(IdNumber, AcceptsBirthToday)
{
    const QString today = QDate::currentDate().toString(QStringLiteral("yyyyMMdd"));
    const QString body = QStringLiteral("320102") + today + QStringLiteral("001");
    EXPECT_TRUE(isValidIdNumber(body + idNumberCheckChar(body)));
}

TEST(IdNumber, RejectsBirthBefore1900)
{
    EXPECT_FALSE(isValidIdNumber(u"310115189912310015"));
}

TEST(IdNumber, BirthDate)
{
    EXPECT_EQ(birthDateFromIdNumber(kSampleFemale), QDate(1949, 12, 31));
    EXPECT_EQ(birthDateFromIdNumber(kLeapDay), QDate(2000, 2, 29));
    EXPECT_EQ(birthDateFromIdNumber(kMacau1900), QDate(1900, 1, 1));
    EXPECT_FALSE(birthDateFromIdNumber(u"110105194912310021").has_value());
    EXPECT_FALSE(birthDateFromIdNumber(u"").has_value());
}

TEST(IdNumber, Sex)
{
    EXPECT_EQ(isMaleFromIdNumber(kSampleFemale), std::optional<bool>(false));
    EXPECT_EQ(isMaleFromIdNumber(kSampleMale), std::optional<bool>(true));
    EXPECT_EQ(isMaleFromIdNumber(kSampleFemale2), std::optional<bool>(false));
    EXPECT_EQ(isMaleFromIdNumber(kChongqing), std::optional<bool>(false));
    EXPECT_FALSE(isMaleFromIdNumber(u"320102198506150015").has_value());
    EXPECT_FALSE(isMaleFromIdNumber(u"abc").has_value());
}

TEST(IdNumber, MaskFullNumber)
{
    EXPECT_EQ(maskIdNumber(u"320102199003071234"), u"3201**********1234");
    EXPECT_EQ(maskIdNumber(kSampleFemale), u"1101**********002X");
}

TEST(IdNumber, MaskOtherLengths)
{
    EXPECT_EQ(maskIdNumber(u""), u"");
    EXPECT_EQ(maskIdNumber(u"123"), u"***");
    EXPECT_EQ(maskIdNumber(u"1234"), u"****");
    EXPECT_EQ(maskIdNumber(u"12345"), u"*2345");
    EXPECT_EQ(maskIdNumber(u"110105491231002"), u"***********1002"); // 15-digit legacy
    EXPECT_EQ(maskIdNumber(u"11010519491231002X1"), u"1101***********02X1");
}

TEST(IdNumber, MakeIdNumberIsValid)
{
    const QString id = makeIdNumber(u"320102", QDate(1990, 3, 7), 123);
    EXPECT_EQ(id, u"320102199003071239");
    EXPECT_TRUE(isValidIdNumber(id));
    EXPECT_EQ(makeIdNumber(u"110105", QDate(1949, 12, 31), 2), kSampleFemale.toString());
    EXPECT_EQ(makeIdNumber(u"440305", QDate(2000, 2, 29), 456), kLeapDay.toString());
}

TEST(IdNumber, MakeIdNumberRoundTrips)
{
    const QDate birth(1985, 6, 15);
    for (int sequence : {0, 1, 2, 57, 500, 998, 999}) {
        const QString id = makeIdNumber(u"320102", birth, sequence);
        ASSERT_TRUE(isValidIdNumber(id)) << id.toStdString();
        EXPECT_EQ(birthDateFromIdNumber(id), birth);
        EXPECT_EQ(isMaleFromIdNumber(id), std::optional<bool>(sequence % 2 == 1));
        EXPECT_EQ(id.mid(14, 3).toInt(), sequence);
    }
}

TEST(IdNumber, MakeIdNumberRejectsBadArguments)
{
    EXPECT_TRUE(makeIdNumber(u"32010", QDate(1990, 1, 1), 1).isEmpty());
    EXPECT_TRUE(makeIdNumber(u"3201020", QDate(1990, 1, 1), 1).isEmpty());
    EXPECT_TRUE(makeIdNumber(u"32A102", QDate(1990, 1, 1), 1).isEmpty());
    EXPECT_TRUE(makeIdNumber(u"990102", QDate(1990, 1, 1), 1).isEmpty());
    EXPECT_TRUE(makeIdNumber(u"320102", QDate(), 1).isEmpty());
    EXPECT_TRUE(makeIdNumber(u"320102", QDate(1899, 12, 31), 1).isEmpty());
    EXPECT_TRUE(makeIdNumber(u"320102", QDate::currentDate().addDays(1), 1).isEmpty());
    EXPECT_TRUE(makeIdNumber(u"320102", QDate(1990, 1, 1), -1).isEmpty());
    EXPECT_TRUE(makeIdNumber(u"320102", QDate(1990, 1, 1), 1000).isEmpty());
}

} // namespace csm::common
