#pragma once
// The wallboard's agents and call figures: plain data. Filled from cti.wallboard, then kept
// current by the `agent.state` and `wallboard.calls` events (the WallboardController feeds
// them). Time in state is computed against a clock the view ticks (setNow), not polled.
#include "client/core/desk_types.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace csm::client {

class WallboardModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Extension, State, Reason, TimeInState, ColumnCount };
    Q_ENUM(Column)
    enum Role { UserIdRole = Qt::UserRole + 1, StateCodeRole };

    explicit WallboardModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setAgents(const QList<AgentInfo>& agents);
    // One agent changed (an `agent.state` event): its row is replaced or added.
    void upsertAgent(const AgentInfo& agent);
    void setFigures(const CallFigures& figures);
    // The clock for "time in state"; only the time column changes.
    void setNow(const QDateTime& now);

    const CallFigures& figures() const { return m_figures; }
    const AgentInfo& agentAt(int row) const { return m_rows.at(row); }
    int rowOfAgent(qint64 userId) const;
    // Agents per state code (ready, not_ready, …).
    int countInState(const QString& state) const;

signals:
    void figuresChanged(const csm::client::CallFigures& figures);

private:
    QList<AgentInfo> m_rows;
    CallFigures m_figures;
    QDateTime m_now;
};

} // namespace csm::client
