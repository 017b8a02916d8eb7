#pragma once
// Feeds a TicketListModel from ticket.list: the first page for a filter, then further pages on
// demand (the server's cursor). A number (YYYYMMDD-NNNNNN) is looked up with ticket.get.
// Text that is not a number filters the loaded rows in the view (a proxy), not here.
#include "common/model/ticket.h"
#include "common/protocol/message.h"

#include <QCborValue>
#include <QObject>

namespace csm::client {

class RpcClient;
class TicketListModel;

class TicketListController : public QObject {
    Q_OBJECT
public:
    struct Filter {
        QString stateCategory;      // "open", a category, or empty for all
        QString serviceType;        // empty: all
        qint64 customerId = 0;      // 0: all customers in scope
        qint64 assignedOrgUnitId = 0;
        QString number;             // an order number: just that order
        bool followUp = false;      // the follow-up (回访) queue: resolved orders waiting for a survey
        int pageSize = 50;
    };

    TicketListController(RpcClient& rpc, TicketListModel& model, QObject* parent = nullptr);

    void load(const Filter& filter);
    void reload() { load(m_filter); }
    void loadMore();
    bool hasMore() const { return !m_cursor.isNull() && !m_cursor.isUndefined(); }
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_pending > 0; }
    const Filter& filter() const { return m_filter; }
    // True for text shaped like an order number.
    static bool looksLikeNumber(const QString& text);

signals:
    void loaded();
    void busyChanged(bool busy);
    void failed(const csm::common::ErrorInfo& error);

private:
    void requestPage(bool first);

    RpcClient& m_rpc;
    TicketListModel& m_model;
    Filter m_filter;
    QCborValue m_cursor;
    quint64 m_generation = 0;
    int m_pending = 0;
    bool m_loaded = false;
};

} // namespace csm::client
