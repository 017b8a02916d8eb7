#include "client/app/tickets_page.h"

#include "client/app/busy_indicator.h"
#include "client/app/desk_colors.h"
#include "client/app/error_presenter.h"
#include "client/app/ticket_detail_dialog.h"
#include "client/core/case_text.h"
#include "client/core/rpc_client.h"
#include "client/core/session_info.h"
#include "client/core/ticket_list_controller.h"
#include "client/core/ticket_list_model.h"
#include "client/core/ticket_text.h"
#include "common/model/service_type.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace csm::client::ui {
namespace {
// The state filter's entry for the follow-up queue (not a state category).
constexpr char kFollowUp[] = "follow_up";
} // namespace

TicketsPage::TicketsPage(const AppServices& services, QWidget* parent)
    : Workspace(parent)
    , m_services(services)
    , m_model(new TicketListModel(this))
    , m_controller(new TicketListController(services.rpc, *m_model, this))
    , m_colors(new DeskColorProxy(DeskColorProxy::Kind::Tickets, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_category(new QComboBox(this))
    , m_serviceType(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_moreButton(new QPushButton(tr("Load more"), this))
    , m_count(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_table(new QTableView(this))
    , m_slaTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("ticketsPage"));
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_serviceType->setObjectName(QStringLiteral("serviceTypeFilter"));
    m_search->setObjectName(QStringLiteral("ticketSearchEdit"));
    m_table->setObjectName(QStringLiteral("ticketTable"));
    m_moreButton->setObjectName(QStringLiteral("loadMoreButton"));
    m_count->setObjectName(QStringLiteral("ticketCountLabel"));
    m_count->setTextFormat(Qt::PlainText);

    for (const QString& category : TicketText::filterCategories())
        m_category->addItem(TicketText::categoryName(category), category);
    m_category->addItem(tr("All states"), QString());
    // The follow-up queue (回访) is a view of its own: resolved orders whose survey is due. It is
    // where a survey agent starts.
    m_category->addItem(tr("Awaiting follow-up (回访)"), QString::fromLatin1(kFollowUp));
    if (SessionInfo::fromSession(services.rpc.session()).roles.contains(QStringLiteral("survey_agent")))
        m_category->setCurrentIndex(m_category->count() - 1);
    m_serviceType->addItem(tr("All service types"), QString());
    for (const QString& code : common::serviceTypeCodes())
        m_serviceType->addItem(TicketText::serviceTypeName(code), code);
    m_search->setPlaceholderText(tr("Order number (e.g. 20261202-000001), or text to narrow the list"));
    m_search->setClearButtonEnabled(true);
    m_busy->setText(tr("Loading…"));

    m_colors->setSourceModel(m_model);
    m_proxy->setSourceModel(m_colors);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->installEventFilter(this);
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(TicketListModel::Number, metrics.horizontalAdvance(QStringLiteral("20261231-000000")) + 20);
    m_table->setColumnWidth(TicketListModel::State, 100);
    m_table->setColumnWidth(TicketListModel::Sla, 190);
    m_table->setColumnWidth(TicketListModel::ServiceType, 90);
    m_table->setColumnWidth(TicketListModel::Severity, 64);
    m_table->setColumnWidth(TicketListModel::Customer, 90);
    m_table->setColumnWidth(TicketListModel::Product, 170);
    m_table->setColumnWidth(TicketListModel::Unit, 120);
    m_table->setColumnWidth(TicketListModel::Technician, 80);
    m_table->setColumnWidth(TicketListModel::Appointment, metrics.horizontalAdvance(QStringLiteral("2026-12-31 09:00–12:00")) + 16);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* filters = new QHBoxLayout;
    auto* stateLabel = new QLabel(tr("&State"), this);
    stateLabel->setBuddy(m_category);
    auto* typeLabel = new QLabel(tr("&Type"), this);
    typeLabel->setBuddy(m_serviceType);
    filters->addWidget(stateLabel);
    filters->addWidget(m_category);
    filters->addWidget(typeLabel);
    filters->addWidget(m_serviceType);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_busy);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_moreButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_category, &QComboBox::currentIndexChanged, this, &TicketsPage::refresh);
    connect(m_serviceType, &QComboBox::currentIndexChanged, this, &TicketsPage::refresh);
    connect(m_search, &QLineEdit::returnPressed, this, &TicketsPage::refresh);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        // Text narrows the loaded rows at once; a number is looked up on Enter.
        if (!TicketListController::looksLikeNumber(text))
            applyFilter();
        if (text.isEmpty() && !m_controller->filter().number.isEmpty())
            refresh();
    });
    connect(m_moreButton, &QPushButton::clicked, m_controller, &TicketListController::loadMore);
    // Supervisions (督办) of the user's unit or by the user: said at once.
    connect(&services.rpc, &RpcClient::eventReceived, this, [this](const QString& name, const QCborValue& data) {
        const QString text = CaseText::pushText(name, data.toMap());
        if (!text.isEmpty())
            m_services.errors.showTransient(text, 15000);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_controller, &TicketListController::busyChanged, m_busy, &BusyIndicator::setBusy);
    connect(m_controller, &TicketListController::loaded, this, &TicketsPage::updateCount);
    connect(m_controller, &TicketListController::loaded, this, &TicketsPage::reselect);
    connect(&services.rpc, &RpcClient::eventReceived, this, &TicketsPage::onEvent);
    // The time left in the SLA column moves on without asking the server.
    m_slaTimer->setInterval(60 * 1000);
    connect(m_slaTimer, &QTimer::timeout, m_model, &TicketListModel::refreshSla);
    m_slaTimer->start();
    connect(m_controller, &TicketListController::failed, this,
            [this](const common::ErrorInfo& error) { m_services.errors.present(error, this); });
    refresh();
}

void TicketsPage::refresh()
{
    TicketListController::Filter filter;
    const QString text = m_search->text().trimmed();
    if (TicketListController::looksLikeNumber(text)) {
        filter.number = text;
        m_proxy->setFilterFixedString(QString());
    } else {
        filter.stateCategory = m_category->currentData().toString();
        if (filter.stateCategory == QLatin1String(kFollowUp)) {
            filter.stateCategory.clear();
            filter.followUp = true;
        }
        filter.serviceType = m_serviceType->currentData().toString();
        applyFilter();
    }
    m_controller->load(filter);
}

void TicketsPage::applyFilter()
{
    const QString text = m_search->text().trimmed();
    m_proxy->setFilterFixedString(TicketListController::looksLikeNumber(text) ? QString() : text);
    updateCount();
}

void TicketsPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int loaded = m_model->rowCount();
    QString text = shown == loaded ? tr("%n order(s)", nullptr, loaded) : tr("%1 of %n order(s)", nullptr, loaded).arg(shown);
    if (m_controller->hasMore())
        text += QStringLiteral(" ") + tr("(more on the server)");
    m_count->setText(text);
    m_moreButton->setEnabled(m_controller->hasMore());
}

TicketDetailDialog* TicketsPage::openRow(int row)
{
    const QModelIndex index = m_proxy->index(row, 0);
    if (!index.isValid())
        return nullptr;
    const qint64 id = index.data(TicketListModel::TicketIdRole).toLongLong();
    m_lastDetail = TicketDetailDialog::open(m_services, id, this);
    connect(m_lastDetail, &QObject::destroyed, this, [this, dialog = m_lastDetail] {
        if (m_lastDetail == dialog)
            m_lastDetail = nullptr;
    });
    connect(m_lastDetail, &TicketDetailDialog::ticketChanged, this,
            [this](const common::Ticket& ticket) { m_model->replace(ticket); });
    return m_lastDetail;
}

QString TicketsPage::eventNotice(const QString& event, const QCborMap& data)
{
    const QString number = data.value(QStringLiteral("number")).toString();
    if (event == QLatin1String("ticket.dispatched"))
        return tr("Order %1 dispatched to your unit").arg(number);
    if (event == QLatin1String("ticket.assigned")) {
        const QString technician = data.value(QStringLiteral("technician_name")).toString();
        return technician.isEmpty() ? tr("Order %1: technician assigned").arg(number)
                                    : tr("Order %1 assigned to technician %2").arg(number, technician);
    }
    if (event == QLatin1String("ticket.notice")) {
        const QString by = data.value(QStringLiteral("by_name")).toString();
        const QString state = data.value(QStringLiteral("state_name")).toString();
        const QString transition = data.value(QStringLiteral("transition_name")).toString();
        return by.isEmpty() ? tr("Order %1: %2, now %3").arg(number, transition, state)
                            : tr("Order %1: %2 by %3, now %4").arg(number, transition, by, state);
    }
    if (event == QLatin1String("ticket.sla_breached"))
        return tr("Order %1 is past its SLA deadline").arg(number);
    return {};
}

void TicketsPage::onEvent(const QString& name, const QCborValue& data)
{
    const QString notice = eventNotice(name, data.toMap());
    if (notice.isEmpty())
        return;
    m_services.errors.showTransient(notice, 15000);
    const QModelIndex current = m_table->currentIndex();
    m_reselectId = current.isValid() ? current.data(TicketListModel::TicketIdRole).toLongLong() : 0;
    m_controller->reload();
}

void TicketsPage::reselect()
{
    const qint64 id = m_reselectId;
    m_reselectId = 0;
    if (id == 0)
        return;
    const int row = m_model->rowOfTicket(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_colors->mapFromSource(m_model->index(row, 0)));
    if (index.isValid())
        m_table->setCurrentIndex(index);
}

bool TicketsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_table->currentIndex().isValid()) {
            openRow(m_table->currentIndex().row());
            return true;
        }
    }
    return Workspace::eventFilter(watched, event);
}

} // namespace csm::client::ui
