#pragma once
// Prints a job sheet (client/core/job_sheet.h) on A4: a print preview from which the user prints,
// and a PDF saved where the user chooses. The sheet is laid out by QTextDocument with 15 mm margins.
#include <QString>

class QPrintPreviewDialog;
class QWidget;

namespace csm::client::ui {

class JobSheetPrinter {
public:
    // A modal print preview of `html` (A4 portrait); the user prints from it.
    static void preview(const QString& html, const QString& title, QWidget* parent);
    // The preview dialog itself, not yet shown (the caller owns it).
    static QPrintPreviewDialog* createPreview(const QString& html, const QString& title, QWidget* parent);
    // Writes `html` as an A4 PDF to `path`. False with `error` set when the file cannot be written.
    static bool savePdf(const QString& html, const QString& title, const QString& path, QString* error);
};

} // namespace csm::client::ui
