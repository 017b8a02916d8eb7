// The client-side pieces without a server: the search model (QAbstractItemModelTester when
// Qt Test is linked), the search text detection, the change diff and the field parsing.
#include "client/core/customer_changes.h"
#include "client/core/customer_search_model.h"
#include "client/core/search_query.h"
#include "client/core/user_list_model.h"
#include "client/app/error_presenter.h"
#include "common/domain/id_number.h"

#include <gtest/gtest.h>

#include <QCborArray>

#ifdef QT_TESTLIB_LIB
#include <QAbstractItemModelTester>
#endif

using namespace csm;
using client::CustomerSearchModel;
using client::SearchField;

namespace {

common::Customer customer(qint64 id, const QString& name, const QStringList& phones)
{
    common::Customer c;
    c.id = id;
    c.version = 1;
    c.name = name;
    c.phones = phones;
    c.idNumber = QStringLiteral("3201**********1234");
    c.address.text = QStringLiteral("江苏省 南京市 玄武区 中山路1号");
    c.vipLevel = static_cast<int>(id % 10);
    return c;
}

// The checks QAbstractItemModelTester would make that matter for a flat table, for builds
// without Qt Test.
void checkTableConsistency(const QAbstractItemModel& model)
{
    ASSERT_EQ(model.columnCount(), CustomerSearchModel::ColumnCount);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            ASSERT_TRUE(index.isValid());
            EXPECT_FALSE(model.parent(index).isValid());
            EXPECT_EQ(model.rowCount(index), 0);
            EXPECT_FALSE(model.hasChildren(index));
        }
    }
    EXPECT_FALSE(model.index(model.rowCount(), 0).isValid());
    EXPECT_FALSE(model.index(0, model.columnCount()).isValid());
}

} // namespace

#ifdef QT_TESTLIB_LIB
TEST(CustomerSearchModel, PassesTheQtModelTester)
{
    CustomerSearchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendPage({customer(1, QStringLiteral("张三"), {QStringLiteral("13912345678")}),
                      customer(2, QStringLiteral("李四"), {QStringLiteral("02512345678")})},
                     true);
    model.appendPage({customer(3, QStringLiteral("王五"), {})}, false);
    EXPECT_EQ(model.rowCount(), 3);
}
#endif

// The tester itself calls fetchMore(), so paging is checked on a model without it.
TEST(CustomerSearchModel, PagesAppendAndAskForMoreThroughASignal)
{
    CustomerSearchModel model;
    int asked = 0;
    QObject::connect(&model, &CustomerSearchModel::fetchMoreRequested, [&asked] { ++asked; });
    EXPECT_FALSE(model.canFetchMore({}));

    model.appendPage({customer(1, QStringLiteral("张三"), {QStringLiteral("13912345678")}),
                      customer(2, QStringLiteral("李四"), {QStringLiteral("02512345678"), QStringLiteral("13800000000")})},
                     true);
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(asked, 1);
    EXPECT_FALSE(model.canFetchMore({})) << "no second request while one is on its way";
    model.fetchMore({});
    EXPECT_EQ(asked, 1);

    model.appendPage({customer(3, QStringLiteral("王五"), {})}, false);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_FALSE(model.canFetchMore({}));
    checkTableConsistency(model);

    model.updateCustomer(customer(2, QStringLiteral("李四四"), {}));
    EXPECT_EQ(model.index(1, CustomerSearchModel::Name).data().toString(), QStringLiteral("李四四"));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(CustomerSearchModel, ShowsFormattedPhonesMaskedIdAndLiteralNames)
{
    CustomerSearchModel model;
    model.appendPage({customer(7, QStringLiteral("<img src=http://x>"), {QStringLiteral("13912345678"), QStringLiteral("02512345678")})},
                     false);
    EXPECT_EQ(model.index(0, CustomerSearchModel::Name).data().toString(), QStringLiteral("<img src=http://x>"));
    EXPECT_EQ(model.index(0, CustomerSearchModel::Phones).data().toString(), QStringLiteral("139 1234 5678, 025-12345678"));
    EXPECT_EQ(model.index(0, CustomerSearchModel::Name).data(Qt::ToolTipRole).toString(),
              QStringLiteral("<span>&lt;img src=http://x&gt;</span>"))
        << "tooltips guess rich text: server data is escaped for them";
    EXPECT_EQ(model.index(0, CustomerSearchModel::IdNumber).data().toString(), QStringLiteral("3201**********1234"));
    EXPECT_EQ(model.index(0, CustomerSearchModel::VipLevel).data().toInt(), 7);
    EXPECT_EQ(model.index(0, 0).data(CustomerSearchModel::CustomerIdRole).toLongLong(), 7);
    EXPECT_EQ(model.headerData(CustomerSearchModel::Phones, Qt::Horizontal).toString(), QStringLiteral("Phones"));
}

TEST(UserListModel, UpsertReplacesOrAppends)
{
    client::UserListModel model;
#ifdef QT_TESTLIB_LIB
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
#endif
    client::AdminUser user;
    user.id = 5;
    user.username = QStringLiteral("agent1");
    user.roles = {QStringLiteral("agent")};
    model.appendPage({user}, false);
    model.setRoleNames({{QStringLiteral("agent"), QStringLiteral("座席")}});
    EXPECT_EQ(model.index(0, client::UserListModel::Roles).data().toString(), QStringLiteral("座席"));
    user.displayName = QStringLiteral("Agent One");
    model.upsert(user);
    EXPECT_EQ(model.rowCount(), 1);
    user.id = 6;
    model.upsert(user);
    EXPECT_EQ(model.rowCount(), 2);
}

TEST(SearchQuery, DetectsPhoneIdNumberAndName)
{
    const QString id = common::makeIdNumber(u"320102", QDate(1980, 5, 17), 123);
    ASSERT_EQ(id.size(), 18);
    EXPECT_EQ(client::detectSearchField(u"139 1234 5678"), SearchField::Phone);
    EXPECT_EQ(client::detectSearchField(u"+86 139-1234-5678"), SearchField::Phone);
    EXPECT_EQ(client::detectSearchField(u"025-12345678"), SearchField::Phone);
    EXPECT_EQ(client::detectSearchField(u"１３９１２３４５６７８"), SearchField::Phone);
    EXPECT_EQ(client::detectSearchField(id), SearchField::IdNumber);
    EXPECT_EQ(client::detectSearchField(id.toLower()), SearchField::IdNumber);
    QString wrongCheck = id;
    wrongCheck[17] = wrongCheck[17] == u'1' ? u'2' : u'1';
    EXPECT_NE(client::detectSearchField(wrongCheck), SearchField::IdNumber);
    EXPECT_EQ(client::detectSearchField(u"张三"), SearchField::Name);
    EXPECT_EQ(client::detectSearchField(u"Li Lei"), SearchField::Name);

    EXPECT_EQ(client::customerSearchArgs(SearchField::Auto, QStringLiteral(" 13912345678 ")),
              (QCborMap{{QStringLiteral("phone"), QStringLiteral("13912345678")}}));
    EXPECT_EQ(client::customerSearchArgs(SearchField::Address, QStringLiteral("中山路")),
              (QCborMap{{QStringLiteral("address"), QStringLiteral("中山路")}}));
    EXPECT_EQ(client::customerSearchArgs(SearchField::Name, QStringLiteral("13912345678")),
              (QCborMap{{QStringLiteral("name"), QStringLiteral("13912345678")}}));
}

TEST(CustomerChanges, SendsOnlyChangedFieldsAndTheWholeAddress)
{
    QCborMap before{{QStringLiteral("name"), QStringLiteral("张三")},
                    {QStringLiteral("phones"), QCborArray{QStringLiteral("13912345678")}},
                    {QStringLiteral("address"), QCborMap{{QStringLiteral("province"), QStringLiteral("320000")},
                                                         {QStringLiteral("detail"), QStringLiteral("中山路1号")}}}};
    QCborMap after = before;
    EXPECT_TRUE(client::changedArgs(before, after).isEmpty());
    after.insert(QStringLiteral("name"), QStringLiteral("张三丰"));
    after.insert(QStringLiteral("address"), QCborMap{{QStringLiteral("province"), QStringLiteral("320000")},
                                                     {QStringLiteral("detail"), QStringLiteral("中山路2号")}});
    const QCborMap changes = client::changedArgs(before, after);
    EXPECT_EQ(changes.size(), 2);
    EXPECT_EQ(changes.value(QStringLiteral("address")).toMap().value(QStringLiteral("province")).toString(),
              QStringLiteral("320000"));
    const QCborMap update = client::updateArgs(9, 4, changes);
    EXPECT_EQ(update.value(QStringLiteral("id")).toInteger(), 9);
    EXPECT_EQ(update.value(QStringLiteral("version")).toInteger(), 4);
}

TEST(CustomerChanges, ParsesPhonesAndTags)
{
    EXPECT_EQ(client::phonesFromText(QStringLiteral("139 1234 5678\n\n025-1234 5678；bogus")),
              (QStringList{QStringLiteral("13912345678"), QStringLiteral("02512345678"), QStringLiteral("bogus")}));
    EXPECT_EQ(client::phonesToText({QStringLiteral("13912345678"), QStringLiteral("02512345678")}),
              QStringLiteral("139 1234 5678\n025-12345678"));
    EXPECT_EQ(client::tagsFromText(QStringLiteral("老客户，延保, 老客户、 ;")),
              (QStringList{QStringLiteral("老客户"), QStringLiteral("延保")}));
}

TEST(ErrorPresenter, WordsFieldProblemsOfTheSharedRules)
{
    EXPECT_EQ(client::ui::ErrorPresenter::fieldProblemText(QStringLiteral("is required")),
              QStringLiteral("This field is required."));
    EXPECT_EQ(client::ui::ErrorPresenter::fieldProblemText(QStringLiteral("'12' is not a valid phone number")),
              QStringLiteral("\"12\" is not a valid phone number."));
    EXPECT_EQ(client::ui::ErrorPresenter::fieldProblemText(QStringLiteral("must be at most 50 characters")),
              QStringLiteral("At most 50 characters."));
    EXPECT_EQ(client::ui::ErrorPresenter::fieldProblemText(QStringLiteral("something new")), QStringLiteral("something new"));
}
