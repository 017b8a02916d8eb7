// The shared rules of custom fields (common/model/custom_field): what the form checks before
// sending and the server checks again.
#include "common/model/custom_field.h"

#include <gtest/gtest.h>

#include <QCborArray>

using namespace csm::common;

namespace {

CustomFieldDefinition field(CustomFieldType type, const QString& code = QStringLiteral("f"))
{
    CustomFieldDefinition f;
    f.code = code;
    f.labelEn = QStringLiteral("F");
    f.labelZh = QStringLiteral("字段");
    f.type = type;
    return f;
}

} // namespace

TEST(CustomFieldRules, TextIsTrimmedAndBounded)
{
    CustomFieldDefinition text = field(CustomFieldType::Text);
    text.maxLength = 3;
    EXPECT_EQ(checkCustomValue(text, QCborValue(QStringLiteral("  张三丰 "))).value.toString(), QStringLiteral("张三丰"));
    EXPECT_FALSE(checkCustomValue(text, QCborValue(QStringLiteral("abcd"))).problem.isEmpty());
    EXPECT_TRUE(checkCustomValue(text, QCborValue(QStringLiteral("   "))).value.isUndefined()) << "blank = no value";
    EXPECT_FALSE(checkCustomValue(text, QCborValue(12)).problem.isEmpty());
    EXPECT_FALSE(checkCustomValue(text, QCborValue(QStringLiteral("a\nb"))).problem.isEmpty());
    EXPECT_EQ(field(CustomFieldType::Text).effectiveMaxLength(), kCustomTextDefaultMax);
}

TEST(CustomFieldRules, NumbersKeepTheirDecimalsAndRange)
{
    CustomFieldDefinition number = field(CustomFieldType::Number);
    number.minNumber = 1;
    number.maxNumber = 20;
    const QCborValue whole = checkCustomValue(number, QCborValue(4.0)).value;
    EXPECT_TRUE(whole.isInteger());
    EXPECT_EQ(whole.toInteger(), 4);
    EXPECT_EQ(checkCustomValue(number, QCborValue(2.5)).problem, QStringLiteral("must be a whole number"));
    EXPECT_EQ(checkCustomValue(number, QCborValue(0)).problem, QStringLiteral("must be at least 1"));
    EXPECT_EQ(checkCustomValue(number, QCborValue(21)).problem, QStringLiteral("must be at most 20"));
    EXPECT_EQ(checkCustomValue(number, QCborValue(QStringLiteral("3"))).problem, QStringLiteral("must be a number"));
    EXPECT_EQ(checkCustomValue(number, QCborValue(std::numeric_limits<double>::infinity())).problem,
              QStringLiteral("must be a number"));
    number.decimals = 2;
    number.minNumber.reset();
    EXPECT_DOUBLE_EQ(checkCustomValue(number, QCborValue(0.1 + 0.2)).value.toDouble(), 0.3);
    EXPECT_EQ(checkCustomValue(number, QCborValue(1.005 + 0.0001)).problem, QStringLiteral("must have at most 2 decimal places"));
    EXPECT_FALSE(checkCustomValue(number, QCborValue(-2e12)).problem.isEmpty());
}

TEST(CustomFieldRules, DatesAndChoices)
{
    CustomFieldDefinition date = field(CustomFieldType::Date);
    date.minDate = QDate(2000, 1, 1);
    EXPECT_EQ(checkCustomValue(date, QCborValue(QStringLiteral("2015-06-01"))).value.toString(), QStringLiteral("2015-06-01"));
    EXPECT_FALSE(checkCustomValue(date, QCborValue(QStringLiteral("2015-6-1"))).problem.isEmpty());
    EXPECT_FALSE(checkCustomValue(date, QCborValue(QStringLiteral("2015-02-30"))).problem.isEmpty());
    EXPECT_EQ(checkCustomValue(date, QCborValue(QStringLiteral("1999-12-31"))).problem,
              QStringLiteral("must be on or after 2000-01-01"));

    CustomFieldDefinition choice = field(CustomFieldType::Choice);
    choice.options = {{QStringLiteral("gas"), QStringLiteral("Gas"), QStringLiteral("燃气")}};
    EXPECT_EQ(checkCustomValue(choice, QCborValue(QStringLiteral("gas"))).value.toString(), QStringLiteral("gas"));
    EXPECT_FALSE(checkCustomValue(choice, QCborValue(QStringLiteral("GAS"))).problem.isEmpty());
    EXPECT_EQ(customValueText(choice, QCborValue(QStringLiteral("gas")), QLocale(QLocale::Chinese, QLocale::China)),
              QStringLiteral("燃气"));
    EXPECT_EQ(customValueText(choice, QCborValue(QStringLiteral("gas")), QLocale::c()), QStringLiteral("Gas"));
    EXPECT_EQ(choice.label(QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("字段"));
}

TEST(CustomFieldRules, RequiredFieldsOnCreateAndUpdate)
{
    CustomFieldDefinition required = field(CustomFieldType::Text, QStringLiteral("a"));
    required.required = true;
    const CustomFieldList fields{required, field(CustomFieldType::Number, QStringLiteral("b"))};
    const QString a = customFieldKey(QStringLiteral("a"));
    EXPECT_TRUE(validateCustomValues(fields, QCborValue(), {}, true).contains(a)) << "create without custom";
    EXPECT_TRUE(validateCustomValues(fields, QCborValue(), {}, false).isEmpty()) << "update without custom";
    const QCborMap current{{QStringLiteral("a"), QStringLiteral("x")}};
    EXPECT_TRUE(validateCustomValues(fields, QCborMap{{QStringLiteral("b"), 1}}, current, false).isEmpty());
    EXPECT_TRUE(validateCustomValues(fields, QCborMap{{QStringLiteral("a"), QCborValue(nullptr)}}, current, false).contains(a));
    EXPECT_TRUE(validateCustomValues(fields, QCborMap{{QStringLiteral("c"), 1}}, current, false)
                    .contains(customFieldKey(QStringLiteral("c"))));
    EXPECT_TRUE(validateCustomValues(fields, QCborArray{}, current, false).contains(QStringLiteral("custom")));
}

TEST(CustomFieldRules, DefinitionArgsApplyByType)
{
    CustomFieldDefinition created;
    auto problems = applyCustomFieldArgs(created,
                                         {{QStringLiteral("code"), QStringLiteral("area")},
                                          {QStringLiteral("label_en"), QStringLiteral(" Floor  area ")},
                                          {QStringLiteral("label_zh"), QStringLiteral("面积")},
                                          {QStringLiteral("type"), QStringLiteral("number")},
                                          {QStringLiteral("min"), 0},
                                          {QStringLiteral("decimals"), 1},
                                          {QStringLiteral("max_length"), 50}},
                                         true);
    EXPECT_TRUE(problems.isEmpty()) << problems.firstKey().toStdString();
    EXPECT_EQ(created.labelEn, QStringLiteral("Floor area"));
    EXPECT_EQ(created.minNumber, 0.0);
    EXPECT_EQ(created.maxLength, 0) << "a number has no maximum length";

    CustomFieldDefinition updated = created;
    problems = applyCustomFieldArgs(updated, {{QStringLiteral("min"), QCborValue(nullptr)}, {QStringLiteral("code"), QStringLiteral("x")}},
                                    false);
    EXPECT_TRUE(problems.contains(QStringLiteral("code")));
    EXPECT_FALSE(updated.minNumber.has_value()) << "null clears a bound";

    CustomFieldDefinition date = created;
    problems = applyCustomFieldArgs(date, {{QStringLiteral("type"), QStringLiteral("date")},
                                           {QStringLiteral("min"), QStringLiteral("2024-01-01")},
                                           {QStringLiteral("max"), QStringLiteral("2023-01-01")}},
                                    false);
    EXPECT_EQ(problems.keys(), QStringList{QStringLiteral("max")});
    EXPECT_EQ(date.decimals, 0);

    // The wire form round-trips.
    const CustomFieldDefinition back = CustomFieldDefinition::fromCbor(created.toCbor());
    EXPECT_EQ(back.code, created.code);
    EXPECT_EQ(back.minNumber, created.minNumber);
    EXPECT_EQ(back.decimals, 1);
}
