#include "client/app/job_sheet_printer.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QTextDocument>

#include <memory>

namespace csm::client::ui {

namespace {
constexpr qreal kMarginMm = 15;

// The sheet as a document laid out for the printable area of an A4 page. A document with a page
// size is printed as it is laid out, scaled to the page (without one, QTextDocument adds 2 cm
// margins of its own and page numbers). The size is in the layout's pixels: the screen's dpi.
void layoutFor(QTextDocument& document, const QString& html, const QString& title, const QPageLayout& page)
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    const qreal dpi = screen ? screen->logicalDotsPerInch() : 96.0;
    const QSizeF inches = page.paintRect(QPageLayout::Inch).size();
    document.setDocumentMargin(0);
    document.setPageSize(QSizeF(inches.width() * dpi, inches.height() * dpi));
    document.setHtml(html);
    document.setMetaInformation(QTextDocument::DocumentTitle, title);
}

QPageLayout a4()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                       QPageLayout::Millimeter);
}
} // namespace

QPrintPreviewDialog* JobSheetPrinter::createPreview(const QString& html, const QString& title, QWidget* parent)
{
    // The printer lives as long as the dialog's connection to it (the lambda holds it).
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageLayout(a4());
    printer->setDocName(title);
    auto* dialog = new QPrintPreviewDialog(printer.get(), parent);
    dialog->setObjectName(QStringLiteral("jobSheetPreview"));
    dialog->setWindowTitle(title);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [html, title, printer](QPrinter* target) {
        QTextDocument document;
        layoutFor(document, html, title, a4());
        document.print(target);
    });
    dialog->resize(900, 1000);
    return dialog;
}

void JobSheetPrinter::preview(const QString& html, const QString& title, QWidget* parent)
{
    std::unique_ptr<QPrintPreviewDialog> dialog(createPreview(html, title, parent));
    dialog->exec();
}

bool JobSheetPrinter::savePdf(const QString& html, const QString& title, const QString& path, QString* error)
{
    {
        QFile probe(path);   // QPdfWriter reports nothing: find out first whether the file can be written
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            if (error)
                *error = probe.errorString();
            return false;
        }
    }
    QPdfWriter writer(path);
    writer.setPageLayout(a4());
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("CSM"));
    QTextDocument document;
    layoutFor(document, html, title, a4());
    document.print(&writer);
    if (QFileInfo(path).size() == 0) {
        if (error)
            *error = QStringLiteral("nothing was written");
        return false;
    }
    return true;
}

} // namespace csm::client::ui
