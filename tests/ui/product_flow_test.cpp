// Customer products on the agent desk through real widgets and a real server: the Products
// pane of the 360 view (add through the dialog and see the warranty badge, a server field
// problem under its field, edit, remove after confirming), the search by serial number, and
// the warranty summary of the screen pop (banner and pick list).
#include "tests/ui/desk_test_support.h"

#include "client/app/agent_desk_page.h"
#include "client/app/client_app.h"
#include "client/app/customer360_view.h"
#include "client/app/customer_products_pane.h"
#include "client/app/customer_search_page.h"
#include "client/app/desk_dialogs.h"
#include "client/app/main_window.h"
#include "client/app/product_dialog.h"
#include "client/core/agent_desk_controller.h"
#include "client/core/customer_product_model.h"
#include "client/core/customer_search_model.h"

#include <QAbstractButton>
#include <QCborArray>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

using namespace csm;
using client::CustomerProductModel;
using client::WarrantyStatus;
using client::ui::ClientApp;
using client::ui::MainWindow;

namespace {

class ProductFlow : public test::UiServerTest {
protected:
    void SetUp() override
    {
        UiServerTest::SetUp();
        if (HasFatalFailure())
            return;
        setLanguage(QStringLiteral("en"));
        test::assignExtension(*m_harness, m_agent->userId, QStringLiteral("8001"), QStringLiteral("Agent One"));
        {
            pqxx::work tx(m_harness->connection());
            tx.exec0("INSERT INTO product_category (code, name) VALUES ('WH', 'Water heaters'), ('AC', 'Air conditioners')");
            m_heater = tx.exec1("INSERT INTO product_model (code, name, category_code, warranty_months)"
                                " VALUES ('JSQ25-13', 'Gas water heater', 'WH', 12) RETURNING id")[0].as<qint64>();
            m_aircon = tx.exec1("INSERT INTO product_model (code, name, category_code, warranty_months)"
                                " VALUES ('KFR-35GW', 'Wall air conditioner', 'AC', 72) RETURNING id")[0].as<qint64>();
            tx.commit();
        }
        m_customer = createCustomer(QCborMap{{QStringLiteral("name"), QStringLiteral("张三")},
                                             {QStringLiteral("phones"), QCborArray{QStringLiteral("13912345678")}}})
                         .value(QStringLiteral("id"))
                         .toInteger();
    }

    void TearDown() override
    {
        m_app.reset();
        UiServerTest::TearDown();
    }

    MainWindow* start()
    {
        m_app = std::make_unique<ClientApp>();
        m_app->start({serverAddress(), QStringLiteral("agent"), QStringLiteral("secret-pass-1")});
        EXPECT_TRUE(test::waitFor([&] { return m_app->mainWindow() && m_app->mainWindow()->isVisible(); }));
        MainWindow* window = m_app->mainWindow();
        if (window && window->agentDesk()) {
            EXPECT_TRUE(test::waitFor([&] { return window->agentDesk()->agent().isLoggedIn(); }));
        }
        return window;
    }

    client::ui::CustomerProductsPane* openProducts(MainWindow* window, qint64 customerId)
    {
        client::ui::Customer360View* view = window->deskPage()->openCustomer(customerId);
        EXPECT_NE(view, nullptr);
        client::ui::CustomerProductsPane* pane = view ? view->products() : nullptr;
        EXPECT_TRUE(test::waitFor([&] { return pane && pane->controller()->isLoaded() && !pane->controller()->models().isEmpty(); }));
        return pane;
    }

    void chooseModel(client::ui::ProductDialog* dialog, qint64 modelId)
    {
        dialog->modelBox()->setCurrentIndex(dialog->modelBox()->findData(modelId));
    }

    QCborArray serverProducts(qint64 customerId)
    {
        return callAs(m_agent, QStringLiteral("customer.product.list"), QCborMap{{QStringLiteral("customer_id"), customerId}})
            .result.toMap()
            .value(QStringLiteral("items"))
            .toArray();
    }

    std::unique_ptr<ClientApp> m_app;
    qint64 m_heater = 0, m_aircon = 0, m_customer = 0;
};

} // namespace

TEST_F(ProductFlow, AddEditAndRemoveAProductWithItsWarrantyBadge)
{
    MainWindow* window = start();
    ASSERT_NE(window, nullptr);
    ASSERT_NE(window->deskPage(), nullptr);
    client::ui::CustomerProductsPane* pane = openProducts(window, m_customer);
    ASSERT_NE(pane, nullptr);
    CustomerProductModel* model = pane->model();
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_TRUE(pane->headline().contains(QStringLiteral("No products")));

    // Add: the dialog starts with today's dates; a heater bought 11 months and a bit ago
    // (12 months of warranty) expires within 30 days.
    test::child<QPushButton>(pane, QStringLiteral("addProductButton"))->click();
    ASSERT_TRUE(test::waitFor([&] { return pane->dialog() && pane->dialog()->isVisible(); }));
    client::ui::ProductDialog* dialog = pane->dialog();
    EXPECT_EQ(dialog->purchaseEdit()->date(), QDate::currentDate());
    EXPECT_EQ(dialog->installEdit()->date(), QDate::currentDate());
    // Nothing chosen: the shared rule speaks under the model field, nothing is sent.
    dialog->saveButton()->click();
    EXPECT_FALSE(dialog->problemFor(QStringLiteral("model_id")).isEmpty());
    chooseModel(dialog, m_heater);
    const QDate bought = QDate::currentDate().addMonths(-12).addDays(20);
    dialog->purchaseEdit()->setDate(bought);
    EXPECT_EQ(dialog->installEdit()->date(), bought);   // follows the purchase date
    EXPECT_TRUE(test::child<QLabel>(dialog, QStringLiteral("warrantyPreview"))->text().contains(QStringLiteral("Expires soon")));
    dialog->serialEdit()->setText(QStringLiteral("jsq25-0001"));
    dialog->dealerEdit()->setText(QStringLiteral("苏宁易购"));
    dialog->saveButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return model->rowCount() == 1 && !pane->dialog(); }));
    EXPECT_EQ(model->data(model->index(0, CustomerProductModel::Serial)).toString(), QStringLiteral("JSQ25-0001"));
    EXPECT_EQ(model->data(model->index(0, CustomerProductModel::Category)).toString(), QStringLiteral("Water heaters"));
    EXPECT_EQ(model->data(model->index(0, CustomerProductModel::Dealer)).toString(), QStringLiteral("苏宁易购"));
    EXPECT_EQ(model->statusAt(0), WarrantyStatus::ExpiresSoon);
    EXPECT_EQ(model->data(model->index(0, CustomerProductModel::Warranty)).toString(), QStringLiteral("Expires soon"));
    EXPECT_EQ(model->data(model->index(0, CustomerProductModel::WarrantyEnd)).toString(),
              common::warrantyEndFor(12, bought, bought).toString(Qt::ISODate));
    EXPECT_EQ(pane->headline(), QStringLiteral("1 product(s): 1 in warranty, 1 expire(s) soon"));
    ASSERT_EQ(serverProducts(m_customer).size(), 1);

    // A second heater with the same serial: the server's problem shows under the serial field.
    pane->addProduct();
    ASSERT_TRUE(test::waitFor([&] { return pane->dialog() && pane->dialog()->isVisible(); }));
    dialog = pane->dialog();
    chooseModel(dialog, m_heater);
    dialog->serialEdit()->setText(QStringLiteral("JSQ25-0001"));
    dialog->saveButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return !dialog->problemFor(QStringLiteral("serial_number")).isEmpty(); }));
    EXPECT_EQ(dialog->problemFor(QStringLiteral("serial_number")),
              QStringLiteral("Another product of this model already has this serial number."));
    EXPECT_TRUE(dialog->isVisible());
    dialog->reject();
    ASSERT_TRUE(test::waitFor([&] { return !pane->dialog(); }));
    EXPECT_EQ(model->rowCount(), 1);

    // Edit: bought last month instead → in warranty; the install date stays as it was unless changed.
    pane->table()->setCurrentIndex(model->index(0, 0));
    test::child<QPushButton>(pane, QStringLiteral("editProductButton"))->click();
    ASSERT_TRUE(test::waitFor([&] { return pane->dialog() && pane->dialog()->isVisible(); }));
    dialog = pane->dialog();
    EXPECT_EQ(dialog->serialEdit()->text(), QStringLiteral("JSQ25-0001"));
    EXPECT_EQ(dialog->modelBox()->currentData().toLongLong(), m_heater);
    const QDate later = QDate::currentDate().addMonths(-1);
    dialog->purchaseEdit()->setDate(later);
    dialog->installEdit()->setDate(later.addDays(2));
    dialog->saveButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return !pane->dialog() && model->statusAt(0) == WarrantyStatus::InWarranty; }));
    EXPECT_EQ(model->productAt(0).version, 2);
    EXPECT_EQ(model->data(model->index(0, CustomerProductModel::InstallDate)).toString(), later.addDays(2).toString(Qt::ISODate));
    EXPECT_EQ(serverProducts(m_customer)[0].toMap().value(QStringLiteral("purchase_date")).toString(), later.toString(Qt::ISODate));

    // Remove: asks first; Cancel keeps it, Remove removes it.
    pane->removeProductAt(0);
    auto* box = window->findChild<QMessageBox*>(QStringLiteral("removeProductBox"));
    ASSERT_TRUE(test::waitFor([&] {
        box = window->findChild<QMessageBox*>(QStringLiteral("removeProductBox"));
        return box && box->isVisible();
    }));
    EXPECT_TRUE(box->text().contains(QStringLiteral("JSQ25-0001")));
    box->button(QMessageBox::Cancel)->click();
    test::pump(200);
    EXPECT_EQ(model->rowCount(), 1);
    test::child<QPushButton>(pane, QStringLiteral("removeProductButton"))->click();
    ASSERT_TRUE(test::waitFor([&] {
        box = window->findChild<QMessageBox*>(QStringLiteral("removeProductBox"));
        return box && box->isVisible();
    }));
    test::child<QAbstractButton>(box, QStringLiteral("confirmButton"))->click();
    ASSERT_TRUE(test::waitFor([&] { return model->rowCount() == 0; }));
    EXPECT_EQ(serverProducts(m_customer).size(), 0);
}

TEST_F(ProductFlow, SearchBySerialNumberFindsTheOwner)
{
    const QCborMap other = createCustomer(QCborMap{{QStringLiteral("name"), QStringLiteral("李四")},
                                                   {QStringLiteral("phones"), QCborArray{QStringLiteral("13800001111")}}});
    ASSERT_TRUE(callAs(m_agent, QStringLiteral("customer.product.add"),
                       QCborMap{{QStringLiteral("customer_id"), m_customer}, {QStringLiteral("model_id"), m_aircon},
                                {QStringLiteral("serial_number"), QStringLiteral("KFR35GW2403001234")}})
                    .ok);
    MainWindow* window = start();
    ASSERT_NE(window, nullptr);
    client::ui::CustomerSearchPage* page = window->customersPage();
    ASSERT_NE(page, nullptr);

    // Detected from what is typed, any case.
    page->search(QStringLiteral("kfr35gw2403001234"));
    ASSERT_TRUE(test::waitFor([&] { return page->model()->rowCount() == 1; }));
    EXPECT_EQ(page->model()->customerAt(0).id, m_customer);
    EXPECT_EQ(test::child<QComboBox>(page, QStringLiteral("searchFieldBox"))->currentData().toInt(),
              int(client::SearchField::Auto));

    // Chosen: a serial of digits only would otherwise be taken for a phone number.
    ASSERT_TRUE(callAs(m_agent, QStringLiteral("customer.product.add"),
                       QCborMap{{QStringLiteral("customer_id"), other.value(QStringLiteral("id"))},
                                {QStringLiteral("model_id"), m_heater},
                                {QStringLiteral("serial_number"), QStringLiteral("2024051800017")}})
                    .ok);
    page->search(QStringLiteral("2024051800017"), client::SearchField::Serial);
    ASSERT_TRUE(test::waitFor([&] {
        return page->model()->rowCount() == 1 && page->model()->customerAt(0).id == other.value(QStringLiteral("id")).toInteger();
    }));

    // A serial nobody has: no customers, no error.
    page->search(QStringLiteral("NOPE-0000X1"), client::SearchField::Serial);
    ASSERT_TRUE(test::waitFor([&] {
        for (QLabel* label : page->findChildren<QLabel*>()) {
            if (label->text() == QLatin1String("No customers found"))
                return true;
        }
        return false;
    }));
    EXPECT_EQ(page->model()->rowCount(), 0);
}

TEST_F(ProductFlow, ScreenPopShowsTheCallersWarranty)
{
    ASSERT_TRUE(callAs(m_agent, QStringLiteral("customer.product.add"),
                       QCborMap{{QStringLiteral("customer_id"), m_customer}, {QStringLiteral("model_id"), m_aircon},
                                {QStringLiteral("purchase_date"), QDate::currentDate().addYears(-1).toString(Qt::ISODate)}})
                    .ok);
    ASSERT_TRUE(callAs(m_agent, QStringLiteral("customer.product.add"),
                       QCborMap{{QStringLiteral("customer_id"), m_customer}, {QStringLiteral("model_id"), m_heater},
                                {QStringLiteral("purchase_date"), QDate::currentDate().addYears(-3).toString(Qt::ISODate)}})
                    .ok);
    auto simulator = test::signedInClient(m_server->port(), QStringLiteral("boss"));
    MainWindow* window = start();
    ASSERT_NE(window, nullptr);

    // One match: the banner over the 360 view says it.
    QString key = test::simRing(*simulator, QStringLiteral("13912345678"), QStringLiteral("8001"));
    ASSERT_TRUE(test::waitFor([&] {
        auto* view = window->deskPage()->currentView();
        return view && view->customerId() == m_customer && view->isLoaded();
    }));
    const client::DeskCall& call = window->agentDesk()->call();
    ASSERT_EQ(call.customers.size(), 1);
    EXPECT_EQ(call.customers[0].warranty.products, 2);
    EXPECT_EQ(call.customers[0].warranty.inWarranty, 1);
    EXPECT_EQ(call.customers[0].warranty.expired, 1);
    auto* banner = test::child<QLabel>(window->deskPage()->currentView(), QStringLiteral("callBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("Products: 1 in warranty"))) << banner->text().toStdString();
    EXPECT_TRUE(banner->text().contains(QStringLiteral("1 expired"))) << banner->text().toStdString();
    test::callAndWait(*simulator, QStringLiteral("cti.sim.hangup"), QCborMap{{QStringLiteral("call_key"), key}});
    ASSERT_TRUE(test::waitFor([&] { return !window->agentDesk()->hasCall(); }));

    // Several matches: each line of the pick list has its summary.
    const qint64 spouse = createCustomer(QCborMap{{QStringLiteral("name"), QStringLiteral("李梅")},
                                                  {QStringLiteral("phones"), QCborArray{QStringLiteral("13912345678")}}})
                              .value(QStringLiteral("id"))
                              .toInteger();
    key = test::simRing(*simulator, QStringLiteral("13912345678"), QStringLiteral("8001"));
    ASSERT_TRUE(test::waitFor([&] { return window->deskPage()->pickDialog() && window->deskPage()->pickDialog()->isVisible(); }));
    QListWidget* list = window->deskPage()->pickDialog()->list();
    ASSERT_EQ(list->count(), 2);
    for (int row = 0; row < list->count(); ++row) {
        const QString text = list->item(row)->text();
        if (list->item(row)->data(Qt::UserRole).toLongLong() == spouse)
            EXPECT_TRUE(text.contains(QStringLiteral("No products recorded"))) << text.toStdString();
        else
            EXPECT_TRUE(text.contains(QStringLiteral("1 in warranty"))) << text.toStdString();
    }
    window->deskPage()->pickDialog()->reject();
    test::callAndWait(*simulator, QStringLiteral("cti.sim.hangup"), QCborMap{{QStringLiteral("call_key"), key}});
}
