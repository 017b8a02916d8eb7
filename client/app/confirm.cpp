#include "client/app/confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace csm::client::ui {

void askToConfirm(QWidget* parent, const QString& title, const QString& text, const QString& confirmText,
                  std::function<void()> onConfirmed, const QString& objectName, const QString& cancelText)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box->setObjectName(objectName);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* confirm = box->addButton(confirmText, QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    if (!cancelText.isEmpty())
        box->button(QMessageBox::Cancel)->setText(cancelText);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [confirm, onConfirmed](QAbstractButton* button) {
        if (button == confirm && onConfirmed)
            onConfirmed();
    });
    box->open();
}

} // namespace csm::client::ui
