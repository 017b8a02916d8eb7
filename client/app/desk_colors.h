#pragma once
// Colours for the desk's plain-data models (the core library has no Qt Gui): a pass-through
// proxy that adds background/foreground for the wallboard's state column and for overdue
// callback promises.
#include <QIdentityProxyModel>

namespace csm::client::ui {

class DeskColorProxy : public QIdentityProxyModel {
    Q_OBJECT
public:
    enum class Kind { Wallboard, Callbacks };

    DeskColorProxy(Kind kind, QObject* parent = nullptr);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    Kind m_kind;
};

} // namespace csm::client::ui
