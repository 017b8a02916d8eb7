#include "client/app/customer360_view.h"

#include "client/app/busy_indicator.h"
#include "client/app/customer_products_pane.h"
#include "client/app/desk_colors.h"
#include "client/app/desk_dialogs.h"
#include "client/app/error_presenter.h"
#include "client/app/ticket_detail_dialog.h"
#include "client/app/ticket_form_dialog.h"
#include "client/core/callback_model.h"
#include "client/core/contact_timeline_model.h"
#include "client/core/custom_field_cache.h"
#include "client/core/customer360_controller.h"
#include "client/core/customer_cases_model.h"
#include "client/core/customer_search_model.h"
#include "client/core/ticket_list_controller.h"
#include "client/core/ticket_list_model.h"
#include "common/domain/phone.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace csm::client::ui {

namespace {
QLabel* plainLabel(QWidget* parent, const QString& name = {})
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!name.isEmpty())
        label->setObjectName(name);
    return label;
}

void setupTable(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
}

QString genderText(const QString& gender)
{
    if (gender == QLatin1String("male"))
        return Customer360View::tr("Male");
    if (gender == QLatin1String("female"))
        return Customer360View::tr("Female");
    return {};
}
} // namespace

Customer360View::Customer360View(const AppServices& services, Options options, qint64 customerId, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_options(options)
    , m_customerId(customerId)
    , m_timeline(new ContactTimelineModel(this))
    , m_callbacks(new CallbackModel(this))
    , m_controller(new Customer360Controller(services.rpc, *m_timeline, *m_callbacks, this))
    , m_banner(plainLabel(this, QStringLiteral("callBanner")))
    , m_name(plainLabel(this, QStringLiteral("customerNameLabel")))
    , m_flags(plainLabel(this, QStringLiteral("customerFlagsLabel")))
    , m_busy(new BusyIndicator(this))
    , m_profile(new QFormLayout)
    , m_phones(new QWidget(this))
    , m_phonesLayout(new QVBoxLayout(m_phones))
    , m_timelineView(new QTableView(this))
    , m_callbacksView(new QTableView(this))
    , m_products(new CustomerProductsPane(services, options.canWrite, this))
    , m_noteButton(new QPushButton(tr("New contact note"), this))
    , m_callbackButton(new QPushButton(tr("Callback promise…"), this))
    , m_keptButton(new QPushButton(tr("Kept"), this))
    , m_brokenButton(new QPushButton(tr("Broken"), this))
    , m_tickets(new TicketListModel(this))
    , m_ticketsController(new TicketListController(services.rpc, *m_tickets, this))
{
    setObjectName(QStringLiteral("customer360View"));
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_callbacksView->setObjectName(QStringLiteral("callbacksView"));
    m_noteButton->setObjectName(QStringLiteral("contactNoteButton"));
    m_callbackButton->setObjectName(QStringLiteral("callbackButton"));
    m_noteButton->setToolTip(tr("Record a contact with this customer (Ctrl+Shift+N)"));
    m_noteButton->setVisible(m_options.canWrite);
    m_callbackButton->setVisible(m_options.isAgent);
    m_keptButton->setVisible(m_options.isAgent);
    m_brokenButton->setVisible(m_options.isAgent);
    m_keptButton->setToolTip(tr("Close the selected promise: kept"));
    m_brokenButton->setToolTip(tr("Close the selected promise: broken"));

    m_banner->setStyleSheet(QStringLiteral("background: #fff3e0; color: #e65100; padding: 6px; font-weight: bold;"));
    m_banner->hide();
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setWordWrap(false);
    m_flags->setStyleSheet(QStringLiteral("color: #e65100; font-weight: bold;"));
    m_busy->setText(tr("Loading…"));

    m_timelineView->setModel(m_timeline);
    setupTable(m_timelineView);
    m_timelineView->horizontalHeader()->setSectionResizeMode(ContactTimelineModel::Summary, QHeaderView::Stretch);
    m_timelineView->setColumnWidth(ContactTimelineModel::When, 130);
    m_timelineView->setColumnWidth(ContactTimelineModel::Channel, 110);
    m_timelineView->setColumnWidth(ContactTimelineModel::Agent, 90);
    m_timelineView->setColumnWidth(ContactTimelineModel::Outcome, 90);
    m_timelineView->setColumnWidth(ContactTimelineModel::TalkTime, 70);

    auto* colors = new DeskColorProxy(DeskColorProxy::Kind::Callbacks, this);
    colors->setSourceModel(m_callbacks);
    m_callbacksView->setModel(colors);
    setupTable(m_callbacksView);
    m_callbacksView->hideColumn(CallbackModel::Customer);
    m_callbacksView->horizontalHeader()->setSectionResizeMode(CallbackModel::Note, QHeaderView::Stretch);
    m_callbacksView->setColumnWidth(CallbackModel::DueAt, 170);
    m_callbacksView->setMaximumHeight(m_callbacksView->fontMetrics().height() * 7);

    // Left: the profile.
    m_phonesLayout->setContentsMargins(0, 0, 0, 0);
    m_phonesLayout->setSpacing(2);
    auto* profileBox = new QGroupBox(tr("Profile"), this);
    profileBox->setLayout(m_profile);
    m_profile->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_profile->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_noteButton);
    actions->addWidget(m_callbackButton);
    actions->addStretch(1);
    auto* left = new QVBoxLayout;
    left->addWidget(profileBox);
    left->addLayout(actions);
    if (m_options.canReadTickets || m_options.canCreateTickets)
        left->addWidget(ticketsBox());
    left->addStretch(1);
    auto* leftWidget = new QWidget(this);
    leftWidget->setLayout(left);
    left->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(leftWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(330);
    scroll->setMaximumWidth(400);

    auto* historyBox = new QGroupBox(tr("Contact history (newest first)"), this);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_timelineView);
    auto* callbacksBox = new QGroupBox(tr("Callback promises"), this);
    auto* callbacksLayout = new QVBoxLayout(callbacksBox);
    callbacksLayout->addWidget(m_callbacksView);
    auto* callbackButtons = new QHBoxLayout;
    callbackButtons->addStretch(1);
    callbackButtons->addWidget(m_keptButton);
    callbackButtons->addWidget(m_brokenButton);
    callbacksLayout->addLayout(callbackButtons);
    // Right: history above promises. Below both, across the whole width: the products, whose
    // eight columns need the room. The agent may move the splitters.
    auto* right = new QSplitter(Qt::Vertical, this);
    right->setChildrenCollapsible(false);
    right->addWidget(historyBox);
    right->addWidget(callbacksBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    if (m_options.canReadTickets) {
        // What the customer said about the service: follow-up answers and complaints.
        m_cases = new CustomerCasesModel(this);
        m_cases->setOrders(m_tickets);
        auto* casesView = new QTableView(this);
        casesView->setObjectName(QStringLiteral("customerCasesView"));
        casesView->setModel(m_cases);
        setupTable(casesView);
        casesView->setColumnWidth(CustomerCasesModel::When, 130);
        casesView->setColumnWidth(CustomerCasesModel::Kind, 80);
        casesView->setColumnWidth(CustomerCasesModel::Order,
                                  casesView->fontMetrics().horizontalAdvance(QStringLiteral("20261231-000000")) + 14);
        casesView->horizontalHeader()->setStretchLastSection(true);
        casesView->setToolTip(tr("Double-click or Enter opens the order"));
        connect(casesView, &QTableView::activated, this, [this](const QModelIndex& index) {
            const int row = m_tickets->rowOfTicket(m_cases->ticketIdAt(index.row()));
            openTicketRow(row);
        });
        auto* casesBox = new QGroupBox(tr("Follow-ups and complaints"), this);
        casesBox->setObjectName(QStringLiteral("customerCasesBox"));
        auto* casesLayout = new QVBoxLayout(casesBox);
        casesLayout->addWidget(casesView);
        right->addWidget(casesBox);
        right->setStretchFactor(2, 1);
    }

    auto* header = new QHBoxLayout;
    header->addWidget(m_name);
    header->addSpacing(12);
    header->addWidget(m_flags, 1);
    header->addWidget(m_busy);
    auto* top = new QWidget(this);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(scroll);
    topLayout->addWidget(right, 1);
    auto* body = new QSplitter(Qt::Vertical, this);
    body->setObjectName(QStringLiteral("customer360Splitter"));
    body->setChildrenCollapsible(false);
    body->addWidget(top);
    body->addWidget(m_products);
    body->setStretchFactor(0, 5);
    body->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(header);
    layout->addWidget(body, 1);

    connect(m_controller, &Customer360Controller::loaded, this, &Customer360View::onLoaded);
    connect(m_controller, &Customer360Controller::failed, this, &Customer360View::onFailed);
    connect(m_controller, &Customer360Controller::busyChanged, m_busy, &BusyIndicator::setBusy);
    connect(m_controller, &Customer360Controller::contactAdded, this, [this] {
        if (m_noteDialog)
            m_noteDialog->accept();
        m_services.errors.showTransient(tr("Contact note saved."));
    });
    connect(m_controller, &Customer360Controller::callbackSaved, this, [this](const CallbackPromise& promise) {
        if (m_callbackDialog)
            m_callbackDialog->accept();
        emit callbackSaved(promise);
    });
    connect(m_noteButton, &QPushButton::clicked, this, &Customer360View::newContactNote);
    connect(m_callbackButton, &QPushButton::clicked, this, &Customer360View::newCallbackPromise);
    connect(m_keptButton, &QPushButton::clicked, this, [this] { closeSelectedCallback(true); });
    connect(m_brokenButton, &QPushButton::clicked, this, [this] { closeSelectedCallback(false); });
    m_name->setText(tr("Customer #%1").arg(customerId));
    m_controller->load(customerId);
    m_products->load(customerId);
    if (m_options.canReadTickets) {
        TicketListController::Filter filter;
        filter.customerId = customerId;
        filter.pageSize = 20;
        m_ticketsController->load(filter);
    }
}

QWidget* Customer360View::ticketsBox()
{
    auto* box = new QGroupBox(tr("Work orders"), this);
    box->setObjectName(QStringLiteral("ticketsBox"));
    auto* layout = new QVBoxLayout(box);
    m_newTicketButton = new QPushButton(tr("New service request…"), box);
    m_newTicketButton->setObjectName(QStringLiteral("newTicketButton"));
    m_newTicketButton->setToolTip(tr("Create a work order for this customer (Ctrl+Shift+R)"));
    m_newTicketButton->setVisible(m_options.canCreateTickets);
    connect(m_newTicketButton, &QPushButton::clicked, this, [this] { newServiceRequest(); });
    m_newComplaintButton = new QPushButton(tr("New complaint…"), box);
    m_newComplaintButton->setObjectName(QStringLiteral("newComplaintButton"));
    m_newComplaintButton->setToolTip(tr("Record a complaint of this customer as a work order (Ctrl+Shift+M)"));
    m_newComplaintButton->setVisible(m_options.canCreateTickets);
    connect(m_newComplaintButton, &QPushButton::clicked, this, &Customer360View::newComplaint);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newTicketButton);
    buttons->addWidget(m_newComplaintButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    if (m_options.canReadTickets) {
        m_ticketsView = new QTableView(box);
        m_ticketsView->setObjectName(QStringLiteral("customerTicketsView"));
        m_ticketsView->setModel(m_tickets);
        setupTable(m_ticketsView);
        for (int column = 0; column < TicketListModel::ColumnCount; ++column) {
            if (column != TicketListModel::Number && column != TicketListModel::State && column != TicketListModel::ServiceType)
                m_ticketsView->hideColumn(column);
        }
        m_ticketsView->setColumnWidth(TicketListModel::Number,
                                      m_ticketsView->fontMetrics().horizontalAdvance(QStringLiteral("20261231-000000")) + 14);
        m_ticketsView->setColumnWidth(TicketListModel::State, 90);
        m_ticketsView->horizontalHeader()->setSectionResizeMode(TicketListModel::ServiceType, QHeaderView::Stretch);
        m_ticketsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_ticketsView->setMinimumHeight(m_ticketsView->fontMetrics().height() * 5);
        m_ticketsView->setMaximumHeight(m_ticketsView->fontMetrics().height() * 11);
        m_ticketsView->setToolTip(tr("Double-click or Enter opens the order"));
        // Enter and a double-click both activate.
        connect(m_ticketsView, &QTableView::activated, this, [this](const QModelIndex& index) { openTicketRow(index.row()); });
        layout->addWidget(m_ticketsView);
        connect(m_ticketsController, &TicketListController::failed, this,
                [this](const common::ErrorInfo& error) { m_services.errors.showTransient(ErrorPresenter::describe(error)); });
    }
    return box;
}

TicketFormDialog* Customer360View::ticketDialog() const
{
    return m_ticketDialog;
}

TicketDetailDialog* Customer360View::lastTicketDetail() const
{
    return m_lastTicketDetail;
}

void Customer360View::newServiceRequest(const QString& serviceType)
{
    if (!m_options.canCreateTickets)
        return;
    if (m_ticketDialog) {
        m_ticketDialog->raise();
        m_ticketDialog->activateWindow();
        return;
    }
    m_ticketDialog = new TicketFormDialog(m_services, m_customerId, customerName(), this);
    if (!serviceType.isEmpty()) {
        const int index = m_ticketDialog->serviceTypeBox()->findData(serviceType);
        if (index >= 0)
            m_ticketDialog->serviceTypeBox()->setCurrentIndex(index);
    }
    m_ticketDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_ticketDialog, &TicketFormDialog::created, this, [this](const common::Ticket& ticket) {
        m_services.errors.showTransient(tr("Work order %1 created.").arg(ticket.number));
        m_ticketsController->reload();
        // The agent who took the request dispatches it next (first-contact ownership).
        m_lastTicketDetail = TicketDetailDialog::open(m_services, ticket.id, this);
        connect(m_lastTicketDetail, &TicketDetailDialog::ticketChanged, m_ticketsController, &TicketListController::reload);
    });
    m_ticketDialog->open();
}

void Customer360View::openTicketRow(int row)
{
    if (row < 0 || row >= m_tickets->rowCount())
        return;
    m_lastTicketDetail = TicketDetailDialog::open(m_services, m_tickets->ticketAt(row).id, this);
    connect(m_lastTicketDetail, &TicketDetailDialog::ticketChanged, this,
            [this](const common::Ticket& ticket) { m_tickets->replace(ticket); });
}

void Customer360View::reload()
{
    m_controller->reload();
    m_products->reload();
    if (m_options.canReadTickets)
        m_ticketsController->reload();
}

bool Customer360View::isLoaded() const
{
    return m_controller->isLoaded();
}

QString Customer360View::customerName() const
{
    return m_controller->customer().name;
}

void Customer360View::setCallBanner(const QString& text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void Customer360View::onLoaded(const common::Customer& customer)
{
    m_name->setText(customer.name);
    QStringList flags;
    if (customer.vipLevel > 0)
        flags.append(tr("VIP %1").arg(customer.vipLevel));
    if (m_controller->calls7d() > 0)
        flags.append(tr("%n call(s) in the last 7 days", nullptr, m_controller->calls7d()));
    m_flags->setText(flags.join(QStringLiteral("   ")));

    while (m_profile->rowCount() > 0)
        m_profile->removeRow(0);
    m_phones = new QWidget(this);
    m_phonesLayout = new QVBoxLayout(m_phones);
    m_phonesLayout->setContentsMargins(0, 0, 0, 0);
    m_phonesLayout->setSpacing(2);
    for (const QString& phone : customer.phones) {
        auto* row = new QHBoxLayout;
        auto* number = plainLabel(m_phones);
        number->setText(CustomerSearchModel::displayPhones({phone}));
        row->addWidget(number, 1);
        if (m_options.isAgent) {
            auto* dial = new QPushButton(tr("Dial"), m_phones);
            dial->setObjectName(QStringLiteral("dialButton"));
            dial->setToolTip(tr("Call %1 from your extension").arg(number->text()));
            connect(dial, &QPushButton::clicked, this, [this, phone] { emit dialRequested(phone); });
            row->addWidget(dial);
        }
        m_phonesLayout->addLayout(row);
    }
    auto addRow = [this](const QString& label, const QString& value, const QString& name = {}) {
        if (value.isEmpty())
            return;
        QLabel* field = plainLabel(nullptr, name);
        field->setText(value);
        m_profile->addRow(label, field);
    };
    m_profile->addRow(tr("Phones"), m_phones);
    addRow(tr("ID number"), customer.idNumber, QStringLiteral("idNumberLabel"));   // masked by the server
    addRow(tr("Gender"), genderText(customer.gender));
    addRow(tr("Birth date"), customer.birthDate.isValid() ? customer.birthDate.toString(Qt::ISODate) : QString());
    addRow(tr("Address"), customer.address.text.isEmpty() ? customer.address.detail : customer.address.text);
    addRow(tr("Email"), customer.email);
    addRow(tr("Occupation"), customer.occupation);
    addRow(tr("Tags"), customer.tags.join(QStringLiteral(", ")));
    addRow(tr("Note"), customer.note);
    addCustomRows(customer.custom);
    emit titleChanged(customer.name);
}

void Customer360View::addCustomRows(const QCborMap& custom)
{
    const quint64 generation = ++m_profileGeneration;
    if (custom.isEmpty())
        return;
    m_services.customFields.fields(this, [this, generation, custom](const common::CustomFieldList& fields,
                                                                    const common::ErrorInfo*) {
        if (generation != m_profileGeneration)
            return;   // the profile was shown again meanwhile
        for (const common::CustomFieldDefinition& field : fields) {
            const QString text = common::customValueText(field, custom.value(field.code));
            if (text.isEmpty())
                continue;
            QLabel* label = plainLabel(nullptr);
            label->setText(field.label());
            QLabel* value = plainLabel(nullptr, common::customFieldKey(field.code));
            value->setText(text);
            m_profile->addRow(label, value);
        }
    });
}

void Customer360View::onFailed(const common::ErrorInfo& error)
{
    if (error.code == common::ErrorCode::Validation) {
        const QString problem = error.fields.isEmpty() ? ErrorPresenter::describe(error)
                                                       : ErrorPresenter::fieldProblemText(error.fields.first());
        if (m_noteDialog && m_noteDialog->isVisible()) {
            m_noteDialog->showProblem(problem);
            return;
        }
        if (m_callbackDialog && m_callbackDialog->isVisible()) {
            m_callbackDialog->showProblem(problem);
            return;
        }
    }
    m_services.errors.present(error, this);
}

void Customer360View::newContactNote()
{
    if (!m_options.canWrite)
        return;
    if (!m_noteDialog) {
        m_noteDialog = new ContactNoteDialog(this);
        m_noteDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_noteDialog, &ContactNoteDialog::submitted, m_controller, &Customer360Controller::addContact);
    }
    m_noteDialog->open();
}

void Customer360View::newCallbackPromise()
{
    if (!m_options.isAgent)
        return;
    if (!m_callbackDialog) {
        m_callbackDialog = new CallbackDialog(this);
        m_callbackDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_callbackDialog, &CallbackDialog::submitted, m_controller, &Customer360Controller::createCallback);
    }
    m_callbackDialog->open();
}

void Customer360View::closeSelectedCallback(bool kept)
{
    const QModelIndex current = m_callbacksView->currentIndex();
    if (!current.isValid())
        return;
    const CallbackPromise& promise = m_callbacks->promiseAt(current.row());
    if (!promise.isOpen())
        return;
    m_controller->closeCallback(promise.id, kept);
}

} // namespace csm::client::ui
