// The job sheet of a work order: its HTML (the order's facts, escaped; blank rows to write in;
// money in fen), the A4 PDF saved from the order window of a real client against a real server,
// a refused path, and (under Xvfb) a screenshot of the print preview in Chinese.
#include "tests/ui/ticket_test_support.h"

#include "client/app/client_app.h"
#include "client/app/job_sheet_printer.h"
#include "client/app/main_window.h"
#include "client/app/ticket_detail_dialog.h"
#include "client/app/tickets_page.h"
#include "client/core/job_sheet.h"
#include "client/core/ticket_list_controller.h"
#include "client/core/ticket_list_model.h"

#include <QDir>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <iostream>

using namespace csm;
using client::JobSheet;
using client::JobSheetExtras;

namespace {

common::Ticket sampleTicket()
{
    common::Ticket t;
    t.id = 7;
    t.number = QStringLiteral("20261202-000042");
    t.serviceType = QStringLiteral("repair");
    t.severity = QStringLiteral("major");
    t.customerName = QStringLiteral("王五 <VIP>");
    t.customerPhone = QStringLiteral("13800001111");
    t.customerAddress = QStringLiteral("江苏省 南京市 玄武区 中山路1号");
    t.productModelName = QStringLiteral("壁挂式空调");
    t.productModelCode = QStringLiteral("KFR-35GW");
    t.productSerial = QStringLiteral("KFR35GW2403001234");
    t.description = QStringLiteral("空调不制冷 & 外机不转");
    t.assignedOrgUnitName = QStringLiteral("玄武网点");
    t.technicianName = QStringLiteral("刘强");
    return t;
}

int count(const QString& text, const QString& what)
{
    return int(text.count(what));
}

} // namespace

TEST(JobSheetText, DefaultFileNameCarriesTheNumber)
{
    EXPECT_EQ(JobSheet::defaultFileName(sampleTicket()), QStringLiteral("job-sheet-20261202-000042.pdf"));
}

TEST(JobSheetText, TheOrderEscapedWithRoomToWriteAndNoFeesGuessed)
{
    const QString html = JobSheet::html(sampleTicket(), JobSheetExtras{});
    EXPECT_TRUE(html.contains(QStringLiteral("20261202-000042")));
    EXPECT_TRUE(html.contains(QStringLiteral("王五 &lt;VIP&gt;"))) << "names are escaped, not markup";
    EXPECT_FALSE(html.contains(QStringLiteral("<VIP>")));
    EXPECT_TRUE(html.contains(QStringLiteral("空调不制冷 &amp; 外机不转")));
    EXPECT_TRUE(html.contains(QStringLiteral("KFR35GW2403001234")));
    EXPECT_TRUE(html.contains(QStringLiteral("刘强")));
    EXPECT_FALSE(html.contains(QStringLiteral("¥"))) << "fees not computed yet: blank boxes, no invented amounts";
    // Four blank rows for the parts the technician writes in.
    EXPECT_EQ(count(html, QStringLiteral("<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td><td></td></tr>")), 4);
}

TEST(JobSheetText, PartsAndFeesWhenKnown)
{
    JobSheetExtras extras;
    common::TicketPart compressor;
    compressor.partCode = QStringLiteral("P-COMP-35");
    compressor.partName = QStringLiteral("压缩机");
    compressor.qty = 1;
    compressor.unitPriceFen = 45000;
    common::TicketPart capacitor;
    capacitor.partCode = QStringLiteral("P-CAP");
    capacitor.partName = QStringLiteral("电容");
    capacitor.qty = 2;
    capacitor.unitPriceFen = 1250;
    capacitor.recoverOld = false;
    extras.parts = {compressor, capacitor};
    common::FeeAmounts fees;
    fees.labourFen = 8000;
    fees.travelFen = 3000;
    fees.partsFen = 47500;
    fees.totalFen = 58500;
    extras.fees = fees;
    const QString html = JobSheet::html(sampleTicket(), extras);
    EXPECT_TRUE(html.contains(QStringLiteral("¥450.00")));
    EXPECT_TRUE(html.contains(QStringLiteral("¥25.00"))) << "amount = quantity × unit price";
    EXPECT_TRUE(html.contains(QStringLiteral("¥585.00")));
    EXPECT_EQ(count(html, QStringLiteral("<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td><td></td></tr>")), 2);
}

TEST(JobSheetText, AnUnwritablePathIsRefusedWithAReason)
{
    QString error;
    EXPECT_FALSE(client::ui::JobSheetPrinter::savePdf(JobSheet::html(sampleTicket(), {}), QStringLiteral("t"),
                                                      QStringLiteral("/nonexistent-dir-csm/sheet.pdf"), &error));
    EXPECT_FALSE(error.isEmpty());
}

namespace {

class JobSheetFlow : public test::TicketUiTest {
protected:
    void SetUp() override
    {
        TicketUiTest::SetUp();
        if (HasFatalFailure())
            return;
        const auto created = callAs(m_agent, QStringLiteral("ticket.create"),
                                    QCborMap{{QStringLiteral("service_type"), QStringLiteral("repair")},
                                             {QStringLiteral("customer_id"), m_customer},
                                             {QStringLiteral("customer_product_id"), m_product},
                                             {QStringLiteral("description"), QStringLiteral("空调不制冷，外机不转")}});
        ASSERT_TRUE(created.ok) << created.error.message.toStdString();
        m_number = created.result.toMap().value(QStringLiteral("number")).toString();
    }

    void TearDown() override
    {
        setLanguage(QStringLiteral("en"));   // the tests after these expect the source language
        TicketUiTest::TearDown();
    }

    // The service point's order window of the order, loaded.
    client::ui::TicketDetailDialog* openOrder(client::ui::ClientApp& app)
    {
        app.start({serverAddress(), QStringLiteral("pointa"), QStringLiteral("secret-pass-1")});
        EXPECT_TRUE(test::waitFor([&] { return app.mainWindow() && app.mainWindow()->isVisible(); }));
        client::ui::MainWindow* window = app.mainWindow();
        EXPECT_TRUE(window->showWorkspace(QStringLiteral("tickets")));
        client::ui::TicketsPage* page = window->ticketsPage();
        EXPECT_TRUE(test::waitFor([&] { return page->controller()->isLoaded() && page->model()->rowCount() == 1; }));
        client::ui::TicketDetailDialog* detail = page->openRow(0);
        EXPECT_TRUE(test::waitFor([&] { return detail->controller()->isLoaded(); }));
        return detail;
    }

    QString m_number;
};

} // namespace

TEST_F(JobSheetFlow, TheOrderWindowSavesAnA4Pdf)
{
    setLanguage(QStringLiteral("zh_CN"));
    client::ui::ClientApp app;
    client::ui::TicketDetailDialog* detail = openOrder(app);
    ASSERT_TRUE(detail);
    EXPECT_TRUE(detail->jobSheetButton()->isEnabled());
    const QString html = detail->jobSheetHtml();
    EXPECT_TRUE(html.contains(m_number));
    EXPECT_TRUE(html.contains(QStringLiteral("维修工单"))) << "the sheet speaks the interface's language";
    EXPECT_TRUE(html.contains(QStringLiteral("玄武网点")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
    ASSERT_TRUE(detail->saveJobSheetPdf(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    // A4 portrait in points (595 × 842).
    const auto box = QRegularExpression(QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*\\]"))
                         .match(QString::fromLatin1(pdf));
    ASSERT_TRUE(box.hasMatch()) << pdf.left(2000).toStdString();
    EXPECT_NEAR(box.captured(1).toDouble(), 595.3, 1.0);
    EXPECT_NEAR(box.captured(2).toDouble(), 841.9, 1.0);
    EXPECT_TRUE(pdf.contains("/FontFile2")) << "the fonts are embedded (Chinese prints without the reader's fonts)";
    detail->close();
}

namespace {
class ScreenshotJobSheet : public JobSheetFlow {};
} // namespace

TEST_F(ScreenshotJobSheet, PrintPreviewInChinese)
{
    setLanguage(QStringLiteral("zh_CN"));
    client::ui::ClientApp app;
    client::ui::TicketDetailDialog* detail = openOrder(app);
    ASSERT_TRUE(detail);
    std::unique_ptr<QPrintPreviewDialog> preview(
        client::ui::JobSheetPrinter::createPreview(detail->jobSheetHtml(), QStringLiteral("Job sheet"), detail));
    preview->resize(900, 1000);
    preview->show();
    test::pump(500);   // the preview lays the page out
    ASSERT_TRUE(test::saveScreenshot(preview.get(), QStringLiteral("job-sheet-preview.png")));
    preview->close();
    detail->close();
}
