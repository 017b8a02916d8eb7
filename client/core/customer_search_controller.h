#pragma once
// Runs customer.search for the search workspace and feeds the pages into a
// CustomerSearchModel. Answers to an older search are dropped.
#include "client/core/search_query.h"
#include "common/protocol/message.h"

#include <QObject>

namespace csm::client {

class RpcClient;
class CustomerSearchModel;

class CustomerSearchController : public QObject {
    Q_OBJECT
public:
    CustomerSearchController(RpcClient& rpc, CustomerSearchModel& model, QObject* parent = nullptr);

    void setPageSize(int rows) { m_pageSize = rows; }
    // Starts a new search (the model is cleared at once).
    void search(SearchField field, const QString& text);
    // Runs the last search again from the first page.
    void refresh();
    // Forgets the last search and empties the model (e.g. another user logged in).
    void reset();

    bool isBusy() const { return m_busy; }
    SearchField lastField() const { return m_resolvedField; }
    QString lastText() const { return m_text; }

signals:
    void busyChanged(bool busy);
    // The first page (or a later one) arrived.
    void pageLoaded(int totalRows, bool hasMore);
    void failed(const csm::common::ErrorInfo& error);

private:
    void requestPage(const QString& cursor);
    void setBusy(bool busy);

    RpcClient& m_rpc;
    CustomerSearchModel& m_model;
    SearchField m_resolvedField = SearchField::Name;
    QString m_text;
    QString m_cursor;
    quint64 m_generation = 0;
    int m_pageSize = 50;
    bool m_busy = false;
};

} // namespace csm::client
