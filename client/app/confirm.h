#pragma once
// A non-blocking yes/no question: `onConfirmed` runs when the user picks `confirmText`.
#include <QString>

#include <functional>

class QWidget;

namespace csm::client::ui {

// The box is named `objectName`, its confirm button "confirmButton" (tests find them).
void askToConfirm(QWidget* parent, const QString& title, const QString& text, const QString& confirmText,
                  std::function<void()> onConfirmed, const QString& objectName = QStringLiteral("confirmMessageBox"),
                  const QString& cancelText = {});

} // namespace csm::client::ui
