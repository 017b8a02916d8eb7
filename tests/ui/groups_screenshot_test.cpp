// Screenshots of the Customer groups workspace and the segment editor, in English and Chinese,
// for a person to look at. Run under Xvfb (ctest: ui_screenshots); the PNGs go to
// $CSM_SCREENSHOT_DIR (default: a temp dir, printed).
#include "tests/ui/ui_test_support.h"

#include "client/app/client_app.h"
#include "client/app/condition_row.h"
#include "client/app/customer_form.h"
#include "client/app/customer_groups_page.h"
#include "client/app/group_editor_dialog.h"
#include "client/app/main_window.h"
#include "client/app/segment_rule_editor.h"
#include "client/core/group_editor_controller.h"
#include "client/core/group_list_model.h"
#include "client/core/group_member_model.h"

#include <QCborArray>
#include <QDir>
#include <QLabel>
#include <QTemporaryDir>

#include <iostream>

using namespace csm;

namespace {

struct Person {
    const char* name;
    const char* phone;
    const char* city;
    const char* district;
    int vip;
    const char* bought;   // a range hood, or "" for none
};

const Person kPeople[] = {
    {"张伟", "13912345678", "320100", "320102", 3, "2021-04-18"},
    {"王秀英", "13851234567", "320100", "320104", 1, "2022-09-02"},
    {"李建国", "02584561234", "320500", "320508", 5, "2020-11-11"},
    {"赵丽", "15961234567", "320200", "320213", 2, "2023-03-15"},
    {"陈明", "18612345678", "320200", "320211", 0, "2021-06-30"},
    {"刘静", "13705123456", "320500", "320508", 4, ""},
    {"杨磊", "13301234567", "320100", "320102", 1, "2019-12-24"},
};

class ScreenshotGroups : public test::UiServerTest {
protected:
    void SetUp() override
    {
        UiServerTest::SetUp();
        if (HasFatalFailure())
            return;
        const QString dir = qEnvironmentVariable("CSM_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            m_temp = std::make_unique<QTemporaryDir>();
            m_temp->setAutoRemove(false);
            m_dir = m_temp->path();
        } else {
            m_dir = dir;
        }
        QDir().mkpath(m_dir);
        callAs(m_admin, QStringLiteral("admin.user.update"),
               QCborMap{{QStringLiteral("id"), m_admin->userId}, {QStringLiteral("version"), 1},
                        {QStringLiteral("display_name"), QStringLiteral("李娜")}});
        callAs(m_admin, QStringLiteral("admin.org.update"),
               QCborMap{{QStringLiteral("id"), m_harness->orgUnitId(QStringLiteral("HQ"))},
                        {QStringLiteral("version"), 1}, {QStringLiteral("name"), QStringLiteral("总部客服中心")}});
        {
            pqxx::work tx(m_harness->connection());
            tx.exec0("INSERT INTO product_category (code, name, parent_code) VALUES ('AC', '空调', NULL),"
                     " ('AC-WALL', '壁挂式空调', 'AC'), ('AC-CAB', '柜式空调', 'AC'), ('RH', '油烟机', NULL),"
                     " ('WH', '热水器', NULL), ('WH-GAS', '燃气热水器', 'WH')");
            tx.exec0("INSERT INTO product_model (code, name, category_code) VALUES ('CXW-200-A1', '侧吸式油烟机', 'RH')");
            tx.commit();
        }
        QList<qint64> ids;
        for (const Person& person : kPeople) {
            const qint64 id = createCustomer(
                QCborMap{{QStringLiteral("name"), QString::fromUtf8(person.name)},
                         {QStringLiteral("phones"), QCborArray{QString::fromLatin1(person.phone)}},
                         {QStringLiteral("vip_level"), person.vip},
                         {QStringLiteral("address"), QCborMap{{QStringLiteral("province"), QStringLiteral("320000")},
                                                              {QStringLiteral("city"), QString::fromLatin1(person.city)},
                                                              {QStringLiteral("district"), QString::fromLatin1(person.district)},
                                                              {QStringLiteral("detail"), QStringLiteral("中山路18号")}}}})
                                  .value(QStringLiteral("id")).toInteger();
            ids.append(id);
            if (*person.bought) {
                pqxx::work tx(m_harness->connection());
                tx.exec_params0("INSERT INTO customer_product (customer_id, model_id, purchase_date)"
                                " SELECT $1, id, $2::date FROM product_model",
                                id, std::string(person.bought));
                tx.commit();
            }
        }
        const auto condition = [](const char* type, const QCborMap& keys) {
            QCborMap map = keys;
            map.insert(QStringLiteral("type"), QString::fromLatin1(type));
            return map;
        };
        m_segment = callAs(m_admin, QStringLiteral("customer.group.create"),
                           QCborMap{{QStringLiteral("name"), QStringLiteral("两年前购买油烟机的江苏会员")},
                                    {QStringLiteral("description"), QStringLiteral("保养提醒与以旧换新活动的回访对象")},
                                    {QStringLiteral("kind"), QStringLiteral("segment")},
                                    {QStringLiteral("rule"),
                                     QCborMap{{QStringLiteral("conditions"),
                                               QCborArray{condition("product", {{QStringLiteral("category"), QStringLiteral("RH")},
                                                                                {QStringLiteral("older_than_months"), 24}}),
                                                          condition("region", {{QStringLiteral("values"),
                                                                                QCborArray{QStringLiteral("320100"), QStringLiteral("320500")}}}),
                                                          condition("vip_level", {{QStringLiteral("min"), 1}})}}}}})
                        .result.toMap().value(QStringLiteral("id")).toInteger();
        const qint64 list = callAs(m_admin, QStringLiteral("customer.group.create"),
                                   QCborMap{{QStringLiteral("name"), QStringLiteral("春季回访名单")},
                                            {QStringLiteral("kind"), QStringLiteral("static")}})
                                .result.toMap().value(QStringLiteral("id")).toInteger();
        QCborArray members;
        for (qint64 id : ids.mid(0, 4))
            members.append(id);
        callAs(m_admin, QStringLiteral("customer.group.add_members"),
               QCborMap{{QStringLiteral("id"), list}, {QStringLiteral("customer_ids"), members}});
    }

    void save(QWidget* widget, const QString& file)
    {
        test::pump(400);
        const QString path = QDir(m_dir).filePath(file);
        ASSERT_TRUE(widget->grab().save(path)) << path.toStdString();
        std::cout << "screenshot: " << path.toStdString() << std::endl;
    }

    void shoot(const QString& language)
    {
        setLanguage(language);
        client::ui::ClientApp app;
        app.start({serverAddress(), QStringLiteral("boss"), QStringLiteral("secret-pass-1")});
        ASSERT_TRUE(test::waitFor([&] { return app.mainWindow() && app.mainWindow()->isVisible(); }));
        client::ui::MainWindow* window = app.mainWindow();
        window->resize(1366, 768);
        ASSERT_TRUE(window->showWorkspace(QStringLiteral("groups")));
        client::ui::CustomerGroupsPage* page = window->groupsPage();
        ASSERT_TRUE(test::waitFor([&] { return page->hasLoaded(); }));
        ASSERT_TRUE(page->selectGroup(m_segment));
        ASSERT_TRUE(test::waitFor([&] {
            const auto* group = page->groupModel()->group(m_segment);
            return group && group->memberCount >= 0 && page->memberModel()->rowCount() > 0
                && page->ruleLabel()->text().contains(QStringLiteral("南京市"));
        }));
        EXPECT_EQ(page->groupModel()->group(m_segment)->memberCount, 4);   // 张伟, 王秀英, 李建国, 杨磊
        save(window, QStringLiteral("groups-%1.png").arg(language));

        client::ui::GroupEditorDialog* editor = page->editSelected();
        ASSERT_NE(editor, nullptr);
        ASSERT_TRUE(test::waitFor([&] {
            return editor->previewLabel()->text().contains(QLatin1Char('4'))
                && editor->ruleEditor()->regionNames().value(QStringLiteral("320500")).contains(QStringLiteral("苏州"));
        })) << editor->previewLabel()->text().toStdString();
        save(editor, QStringLiteral("group-editor-%1.png").arg(language));
        editor->close();
    }

    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_dir;
    qint64 m_segment = 0;
};

} // namespace

TEST_F(ScreenshotGroups, English)
{
    shoot(QStringLiteral("en"));
}

TEST_F(ScreenshotGroups, Chinese)
{
    shoot(QStringLiteral("zh_CN"));
}
