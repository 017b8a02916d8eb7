#include "client/app/help_dialogs.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace csm::client::ui {

namespace {
QString text(const char* source)
{
    return QCoreApplication::translate("csm::client::ui::HelpDialogs", source);
}
} // namespace

void showAboutDialog(QWidget* parent)
{
    auto* box = new QMessageBox(QMessageBox::Information, text(QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "About CSM")),
                                text(QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs",
                                                       "CSM — Customer Service Management\n"
                                                       "After-sales service center client, version %1\n\n"
                                                       "Call center, service points, spare parts and reports."))
                                    .arg(QStringLiteral(CSM_VERSION_STRING)),
                                QMessageBox::Ok, parent);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void showShortcutsDialog(QWidget* parent)
{
    struct Row {
        QKeySequence keys;
        const char* what;
    };
    const Row rows[] = {
        {QKeySequence(Qt::CTRL | Qt::Key_F), QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Find a customer (focus the search box)")},
        {QKeySequence(Qt::CTRL | Qt::Key_N), QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "New customer")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
         QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "New contact note for the customer shown on the agent desk")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
         QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "In a customer's 360 view: add a product; Enter on a product edits it")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
         QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "New service request (work order) for the customer shown on the agent desk")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
         QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "New complaint for the customer shown on the agent desk")},
        {QKeySequence::Print, QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "In an order's window: print the job sheet")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
         QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "In an order's window: save the job sheet as PDF")},
        {QKeySequence(Qt::Key_Return),
         QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "In the work orders (and a customer's orders): open the order")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Answer the ringing call")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Hang up")},
        {QKeySequence(Qt::Key_F7), QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Agent state: ready")},
        {QKeySequence(Qt::Key_F8), QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Agent state: not ready (choose the reason)")},
        {QKeySequence(Qt::Key_Return),
         QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Wrap-up summary: record the wrap-up and become ready")},
        {QKeySequence(Qt::Key_Return), QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Search; in the results: open the customer")},
        {QKeySequence(Qt::Key_Menu),
         QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "In the search results (agents): open the 360 view or dial a number")},
        {QKeySequence(Qt::CTRL | Qt::Key_G),
         QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Add the selected customers to a static list")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
         QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Customer groups: new segment")},
        {QKeySequence(Qt::Key_F5), QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Refresh the current workspace")},
        {QKeySequence(QKeySequence::Save), QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Save the customer form")},
        {QKeySequence(Qt::Key_Escape), QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Close the form (asks when there are unsaved changes)")},
        {QKeySequence(QKeySequence::Save), QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Workflows: save as a new version")},
        {QKeySequence(Qt::CTRL | Qt::Key_Z), QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Workflows: undo")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Workflows: redo")},
        {QKeySequence(Qt::Key_Insert), QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Workflows: add a state")},
        {QKeySequence(Qt::Key_Delete),
         QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Workflows: delete the selection on the canvas")},
        {QKeySequence(Qt::CTRL | Qt::Key_0), QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Workflows: fit the flow to the view")},
        {QKeySequence(Qt::CTRL | Qt::Key_Plus),
         QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Workflows: zoom in (Ctrl+wheel zooms too)")},
        {QKeySequence(Qt::CTRL | Qt::Key_Minus), QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Workflows: zoom out")},
        {QKeySequence(Qt::CTRL | Qt::Key_Q), QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Quit")},
    };
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(text(QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Keyboard shortcuts")));
    auto* table = new QTableWidget(static_cast<int>(std::size(rows)), 2, dialog);
    table->setHorizontalHeaderLabels({text(QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Keys")),
                                      text(QT_TRANSLATE_NOOP("csm::client::ui::HelpDialogs", "Action"))});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < static_cast<int>(std::size(rows)); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows[row].keys.toString(QKeySequence::NativeText)));
        table->setItem(row, 1, new QTableWidgetItem(text(rows[row].what)));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(560, 460);
    dialog->open();
}

} // namespace csm::client::ui
