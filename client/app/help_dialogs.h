#pragma once
// Help → About and Help → Keyboard shortcuts.
class QWidget;

namespace csm::client::ui {

void showAboutDialog(QWidget* parent);
void showShortcutsDialog(QWidget* parent);

} // namespace csm::client::ui
