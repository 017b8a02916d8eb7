#include "common/domain/text_rules.h"

#include <gtest/gtest.h>

#include <ostream>

static void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace csm::common {

TEST(TextRules, LengthOfAscii)
{
    EXPECT_EQ(textLength(u""), 0);
    EXPECT_EQ(textLength(u"abc"), 3);
    EXPECT_EQ(textLength(u"a b"), 3);
}

TEST(TextRules, LengthOfChinese)
{
    EXPECT_EQ(textLength(u"张三"), 2);
    EXPECT_EQ(textLength(u"欧阳娜娜"), 4);
    EXPECT_EQ(textLength(u"张三abc"), 5);
}

TEST(TextRules, LengthCountsCodePointsOutsideBmp)
{
    EXPECT_EQ(textLength(u"😀"), 1);     // U+1F600, a surrogate pair
    EXPECT_EQ(textLength(u"𠀀"), 1);     // U+20000, CJK extension B
    EXPECT_EQ(textLength(u"a😀b𠀀"), 4);
}

TEST(TextRules, LengthCountsLoneSurrogatesOnce)
{
    const char16_t high[] = {0xD83D, 0};
    const char16_t low[] = {0xDE00, u'a', 0};
    EXPECT_EQ(textLength(high), 1);
    EXPECT_EQ(textLength(low), 2);
}

TEST(TextRules, SimplifiedTrims)
{
    EXPECT_EQ(simplifiedText(u"  abc  "), u"abc");
    EXPECT_EQ(simplifiedText(u"\t\nabc\r\n"), u"abc");
    EXPECT_EQ(simplifiedText(u"\u3000张三\u3000"), u"张三");
}

TEST(TextRules, SimplifiedCollapsesRuns)
{
    EXPECT_EQ(simplifiedText(u"a   b"), u"a b");
    EXPECT_EQ(simplifiedText(u"a\t\n b"), u"a b");
    EXPECT_EQ(simplifiedText(u"张\u3000\u3000三  丰"), u"张 三 丰");
    EXPECT_EQ(simplifiedText(u"a\u00A0b"), u"a b");
    EXPECT_EQ(simplifiedText(u"one two"), u"one two");
}

TEST(TextRules, SimplifiedEmptyAndBlank)
{
    EXPECT_EQ(simplifiedText(u""), u"");
    EXPECT_EQ(simplifiedText(u"   "), u"");
    EXPECT_EQ(simplifiedText(u"\u3000\t"), u"");
}

TEST(TextRules, SimplifiedKeepsOtherCharacters)
{
    EXPECT_EQ(simplifiedText(u"😀 😀"), u"😀 😀");
    EXPECT_EQ(simplifiedText(u"a,b;c"), u"a,b;c");
}

TEST(TextRules, ValidEmails)
{
    EXPECT_TRUE(isValidEmail(u"zhangsan@example.com"));
    EXPECT_TRUE(isValidEmail(u"12345@qq.com"));
    EXPECT_TRUE(isValidEmail(u"first.last@mail.example.com.cn"));
    EXPECT_TRUE(isValidEmail(u"user+tag@example.org"));
    EXPECT_TRUE(isValidEmail(u"o'brien@example.ie"));
    EXPECT_TRUE(isValidEmail(u"a_b-c@sub-domain.example.io"));
    EXPECT_TRUE(isValidEmail(u"USER@EXAMPLE.COM"));
    EXPECT_TRUE(isValidEmail(u"x@a.cn"));
    EXPECT_TRUE(isValidEmail(u"user@example.xn--fiqs8s"));
    EXPECT_TRUE(isValidEmail(u"user@163.com"));
}

TEST(TextRules, InvalidEmailStructure)
{
    EXPECT_FALSE(isValidEmail(u""));
    EXPECT_FALSE(isValidEmail(u"plainaddress"));
    EXPECT_FALSE(isValidEmail(u"@example.com"));
    EXPECT_FALSE(isValidEmail(u"user@"));
    EXPECT_FALSE(isValidEmail(u"user@@example.com"));
    EXPECT_FALSE(isValidEmail(u"a@b@example.com"));
    EXPECT_FALSE(isValidEmail(u"user@localhost"));
}

TEST(TextRules, InvalidEmailSpaces)
{
    EXPECT_FALSE(isValidEmail(u"user name@example.com"));
    EXPECT_FALSE(isValidEmail(u" user@example.com"));
    EXPECT_FALSE(isValidEmail(u"user@example.com "));
    EXPECT_FALSE(isValidEmail(u"user@exa mple.com"));
    EXPECT_FALSE(isValidEmail(u"user\u3000@example.com"));
}

TEST(TextRules, InvalidEmailDots)
{
    EXPECT_FALSE(isValidEmail(u".user@example.com"));
    EXPECT_FALSE(isValidEmail(u"user.@example.com"));
    EXPECT_FALSE(isValidEmail(u"us..er@example.com"));
    EXPECT_FALSE(isValidEmail(u"user@.example.com"));
    EXPECT_FALSE(isValidEmail(u"user@example.com."));
    EXPECT_FALSE(isValidEmail(u"user@example..com"));
}

TEST(TextRules, InvalidEmailDomainLabels)
{
    EXPECT_FALSE(isValidEmail(u"user@-example.com"));
    EXPECT_FALSE(isValidEmail(u"user@example-.com"));
    EXPECT_FALSE(isValidEmail(u"user@exam_ple.com"));
    EXPECT_FALSE(isValidEmail(u"user@example.c"));
    EXPECT_FALSE(isValidEmail(u"user@example.c0m"));
    EXPECT_FALSE(isValidEmail(u"user@127.0.0.1"));
    EXPECT_FALSE(isValidEmail(u"user@[127.0.0.1]"));
    const QString longLabel = QString(64, QLatin1Char('a'));
    EXPECT_FALSE(isValidEmail(QStringLiteral("user@") + longLabel + QStringLiteral(".com")));
    const QString okLabel = QString(63, QLatin1Char('a'));
    EXPECT_TRUE(isValidEmail(QStringLiteral("user@") + okLabel + QStringLiteral(".com")));
}

TEST(TextRules, InvalidEmailCharacters)
{
    EXPECT_FALSE(isValidEmail(u"us\"er@example.com"));
    EXPECT_FALSE(isValidEmail(u"us(er)@example.com"));
    EXPECT_FALSE(isValidEmail(u"user,a@example.com"));
    EXPECT_FALSE(isValidEmail(u"张三@example.com"));
    EXPECT_FALSE(isValidEmail(u"user@例子.中国"));
    EXPECT_FALSE(isValidEmail(u"user@example.com\n"));
}

TEST(TextRules, EmailLengthLimits)
{
    const QString local64 = QString(64, QLatin1Char('a'));
    EXPECT_TRUE(isValidEmail(local64 + QStringLiteral("@example.com")));
    EXPECT_FALSE(isValidEmail(local64 + QStringLiteral("a@example.com")));

    // 254 characters in total is the maximum.
    const QString local = QString(60, QLatin1Char('a')) + QLatin1Char('@');
    QString domain;
    while (local.size() + domain.size() + 4 < 254)
        domain += QString(9, QLatin1Char('b')) + QLatin1Char('.');
    domain.truncate(254 - local.size() - 4);
    if (domain.endsWith(QLatin1Char('.')))
        domain.chop(1), domain += QLatin1Char('c');
    const QString exact = local + domain + QStringLiteral(".com");
    ASSERT_EQ(exact.size(), 254);
    EXPECT_TRUE(isValidEmail(exact));
    EXPECT_FALSE(isValidEmail(QStringLiteral("a") + exact));
}

} // namespace csm::common
