#include "client/app/desk_colors.h"

#include "client/core/callback_model.h"
#include "client/core/desk_text.h"
#include "client/core/wallboard_model.h"

#include <QBrush>
#include <QColor>

namespace csm::client::ui {

DeskColorProxy::DeskColorProxy(Kind kind, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_kind(kind)
{
}

QVariant DeskColorProxy::data(const QModelIndex& index, int role) const
{
    if (role == Qt::BackgroundRole || role == Qt::ForegroundRole) {
        if (m_kind == Kind::Wallboard && index.column() == WallboardModel::State) {
            if (role == Qt::ForegroundRole)
                return QBrush(Qt::white);
            const QString state = QIdentityProxyModel::data(index, WallboardModel::StateCodeRole).toString();
            return QBrush(QColor(DeskText::stateColor(state)));
        }
        if (m_kind == Kind::Callbacks && role == Qt::ForegroundRole
            && QIdentityProxyModel::data(index, CallbackModel::OverdueRole).toBool())
            return QBrush(QColor(0xc6, 0x28, 0x28));
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace csm::client::ui
