#pragma once
// Colours for the desk's plain-data models (the core library has no Qt Gui): a pass-through
// proxy that adds background/foreground for the wallboard's state column, for overdue
// callback promises, for the SLA badge of the Work orders list and for the status of SMS
// notifications.
#include <QColor>
#include <QIdentityProxyModel>

namespace csm::client::ui {

class DeskColorProxy : public QIdentityProxyModel {
    Q_OBJECT
public:
    enum class Kind { Wallboard, Callbacks, Tickets, Notifications };

    DeskColorProxy(Kind kind, QObject* parent = nullptr);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    struct Colors {
        QColor background;   // invalid: the view's own
        QColor foreground;
    };
    // The badge colours of an SLA state (ok, due_soon, breached, met; none: no colours).
    static Colors slaColors(const QString& state);
    // The text colour of a notification status (queued, sent, failed).
    static QColor notificationColor(const QString& status);

private:
    Kind m_kind;
};

} // namespace csm::client::ui
