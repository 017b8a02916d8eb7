#include "client/app/customer_search_page.h"

#include "client/app/busy_indicator.h"
#include "client/app/customer_form.h"
#include "client/app/error_presenter.h"
#include "client/core/customer_search_controller.h"
#include "client/core/customer_search_model.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace csm::client::ui {

using common::ErrorCode;

CustomerSearchPage::CustomerSearchPage(const AppServices& services, Permissions permissions, QWidget* parent)
    : Workspace(parent)
    , m_services(services)
    , m_permissions(permissions)
    , m_model(new CustomerSearchModel(this))
    , m_controller(new CustomerSearchController(services.rpc, *m_model, this))
    , m_field(new QComboBox(this))
    , m_query(new QLineEdit(this))
    , m_searchButton(new QPushButton(tr("Search"), this))
    , m_newButton(new QPushButton(tr("New customer"), this))
    , m_dialButton(new QPushButton(tr("Dial"), this))
    , m_view360Button(new QPushButton(tr("360 view"), this))
    , m_addToGroupButton(new QPushButton(tr("Add to group…"), this))
    , m_hint(new QLabel(this))
    , m_status(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("customerSearchPage"));
    m_query->setObjectName(QStringLiteral("customerSearchEdit"));
    m_field->setObjectName(QStringLiteral("searchFieldBox"));
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_newButton->setObjectName(QStringLiteral("newCustomerButton"));

    m_field->addItem(tr("Any (detect)"), QVariant::fromValue(int(SearchField::Auto)));
    m_field->addItem(tr("Name"), QVariant::fromValue(int(SearchField::Name)));
    m_field->addItem(tr("Phone"), QVariant::fromValue(int(SearchField::Phone)));
    m_field->addItem(tr("ID number"), QVariant::fromValue(int(SearchField::IdNumber)));
    m_field->addItem(tr("Address"), QVariant::fromValue(int(SearchField::Address)));
    m_field->addItem(tr("Product serial number"), QVariant::fromValue(int(SearchField::Serial)));
    m_field->setToolTip(tr("What the search text is: detected from what you type, or chosen here"));

    m_query->setPlaceholderText(tr("Phone, name, ID number or product serial number (Ctrl+F)"));
    m_query->setClearButtonEnabled(true);
    m_query->setMaxLength(100);
    m_searchButton->setDefault(true);
    m_newButton->setToolTip(tr("Create a new customer (Ctrl+N)"));
    m_newButton->setVisible(m_permissions.canWrite);

    m_hint->setTextFormat(Qt::PlainText);
    m_status->setTextFormat(Qt::PlainText);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_busy->setText(tr("Searching…"));
    m_busy->setCursorTarget(m_table);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(CustomerSearchModel::Address, QHeaderView::Stretch);
    m_table->setColumnWidth(CustomerSearchModel::Name, 140);
    m_table->setColumnWidth(CustomerSearchModel::Phones, 230);
    m_table->setColumnWidth(CustomerSearchModel::IdNumber, 190);
    m_table->setColumnWidth(CustomerSearchModel::VipLevel, 90);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_field);
    searchRow->addWidget(m_query, 1);
    searchRow->addWidget(m_searchButton);
    searchRow->addSpacing(16);
    searchRow->addWidget(m_newButton);

    m_dialButton->setObjectName(QStringLiteral("searchDialButton"));
    m_view360Button->setObjectName(QStringLiteral("searchView360Button"));
    m_dialButton->setToolTip(tr("Call the selected customer from your extension"));
    m_view360Button->setToolTip(tr("Open the selected customer's 360 view on the agent desk"));
    m_dialButton->hide();
    m_view360Button->hide();
    m_addToGroupButton->setObjectName(QStringLiteral("addToGroupButton"));
    m_addToGroupButton->setToolTip(tr("Add the selected customers to a static list (Ctrl+G)"));
    m_addToGroupButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_addToGroupButton->hide();
    searchRow->addWidget(m_view360Button);
    searchRow->addWidget(m_dialButton);
    searchRow->addWidget(m_addToGroupButton);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_hint);
    statusRow->addStretch(1);
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_status);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addLayout(statusRow);
    layout->addWidget(m_table, 1);

    connect(m_query, &QLineEdit::returnPressed, this, &CustomerSearchPage::runSearch);
    connect(m_query, &QLineEdit::textChanged, this, &CustomerSearchPage::updateHint);
    connect(m_field, &QComboBox::currentIndexChanged, this, &CustomerSearchPage::updateHint);
    connect(m_searchButton, &QPushButton::clicked, this, &CustomerSearchPage::runSearch);
    connect(m_newButton, &QPushButton::clicked, this, &CustomerSearchPage::newCustomer);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { openCustomerAt(index.row()); });
    connect(m_table, &QTableView::customContextMenuRequested, this, &CustomerSearchPage::showRowMenu);
    connect(m_dialButton, &QPushButton::clicked, this, &CustomerSearchPage::dialSelected);
    connect(m_addToGroupButton, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedCustomerIds();
        if (!ids.isEmpty())
            emit addToGroupRequested(ids);
    });
    connect(m_view360Button, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            emit view360Requested(m_model->customerAt(current.row()).id);
    });
    connect(m_controller, &CustomerSearchController::busyChanged, m_busy, &BusyIndicator::setBusy);
    connect(m_controller, &CustomerSearchController::pageLoaded, this, &CustomerSearchPage::onPageLoaded);
    connect(m_controller, &CustomerSearchController::failed, this, &CustomerSearchPage::onFailed);
    updateHint();
}

SearchField CustomerSearchPage::chosenField() const
{
    return static_cast<SearchField>(m_field->currentData().toInt());
}

void CustomerSearchPage::updateHint()
{
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    const QString text = m_query->text().trimmed();
    if (text.isEmpty()) {
        m_hint->setText(tr("Type a phone number, a name, an ID number or a product serial number, then press Enter."));
        return;
    }
    switch (resolveSearchField(chosenField(), text)) {
    case SearchField::Phone: m_hint->setText(tr("Searching by phone number")); break;
    case SearchField::IdNumber: m_hint->setText(tr("Searching by ID number")); break;
    case SearchField::Address: m_hint->setText(tr("Searching by address")); break;
    case SearchField::Serial: m_hint->setText(tr("Searching by product serial number (the whole number)")); break;
    case SearchField::Name:
    case SearchField::Auto: m_hint->setText(tr("Searching by name")); break;
    }
}

void CustomerSearchPage::focusSearch()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void CustomerSearchPage::search(const QString& text, SearchField field)
{
    m_field->setCurrentIndex(m_field->findData(int(field)));
    m_query->setText(text);
    runSearch();
}

void CustomerSearchPage::runSearch()
{
    const QString text = m_query->text().trimmed();
    if (text.isEmpty()) {
        updateHint();
        m_query->setFocus();
        return;
    }
    m_status->clear();
    m_controller->search(chosenField(), text);
}

void CustomerSearchPage::refresh()
{
    m_controller->refresh();
}

void CustomerSearchPage::onPageLoaded(int rows, bool hasMore)
{
    if (rows == 0)
        m_status->setText(tr("No customers found"));
    else if (hasMore)
        m_status->setText(tr("%n customer(s) shown, more when you scroll", nullptr, rows));
    else
        m_status->setText(tr("%n customer(s) found", nullptr, rows));
    if (rows > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void CustomerSearchPage::onFailed(const common::ErrorInfo& error)
{
    if (error.code == ErrorCode::Validation) {
        // A search text the server cannot use: say so next to the box, no popup.
        QStringList problems;
        for (auto it = error.fields.cbegin(); it != error.fields.cend(); ++it)
            problems.append(ErrorPresenter::fieldProblemText(it.value()));
        m_hint->setText(problems.isEmpty() ? ErrorPresenter::describe(error) : problems.join(QLatin1Char(' ')));
        m_hint->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_status->clear();
        return;
    }
    m_services.errors.present(error, this);
}

CustomerForm* CustomerSearchPage::makeForm()
{
    auto* form = new CustomerForm(m_services, CustomerForm::Options{m_permissions.canWrite, m_permissions.canRevealIdNumber},
                                  window());
    connect(form, &CustomerForm::saved, this, &CustomerSearchPage::onSaved);
    m_lastForm = form;
    return form;
}

void CustomerSearchPage::newCustomer()
{
    if (!m_permissions.canWrite)
        return;
    CustomerForm* form = makeForm();
    // A typed phone or name is the likely first value of the new record.
    const QString text = m_query->text().trimmed();
    if (!text.isEmpty()) {
        const SearchField field = resolveSearchField(chosenField(), text);
        if (field == SearchField::Phone)
            form->prefill(QString(), text);
        else if (field == SearchField::Name)
            form->prefill(text, QString());
    }
    form->show();
    form->raise();
    form->activateWindow();
}

void CustomerSearchPage::openCustomerAt(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const common::Customer& customer = m_model->customerAt(row);
    if (CustomerForm* open = formFor(customer.id)) {
        open->show();
        open->raise();
        open->activateWindow();
        return;
    }
    CustomerForm* form = makeForm();
    m_forms.insert(customer.id, form);
    form->load(customer);
    form->show();
    form->raise();
    form->activateWindow();
}

CustomerForm* CustomerSearchPage::formFor(qint64 customerId) const
{
    return m_forms.value(customerId).data();
}

void CustomerSearchPage::onSaved(const common::Customer& customer)
{
    m_model->updateCustomer(customer);
    if (auto* form = qobject_cast<CustomerForm*>(sender()))
        m_forms.insert(customer.id, form);
}

void CustomerSearchPage::setDeskActionsEnabled(bool enabled)
{
    m_dialButton->setVisible(enabled);
    m_view360Button->setVisible(enabled);
}

void CustomerSearchPage::setGroupActionsEnabled(bool enabled)
{
    m_addToGroupButton->setVisible(enabled);
}

QList<qint64> CustomerSearchPage::selectedCustomerIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids.append(m_model->customerAt(index.row()).id);
    if (ids.isEmpty() && m_table->currentIndex().isValid())
        ids.append(m_model->customerAt(m_table->currentIndex().row()).id);
    return ids;
}

QStringList CustomerSearchPage::phonesAt(int row) const
{
    if (row < 0 || row >= m_model->rowCount())
        return {};
    return m_model->customerAt(row).phones;
}

void CustomerSearchPage::showRowMenu(const QPoint& position)
{
    if (m_dialButton->isHidden() && m_addToGroupButton->isHidden())
        return;
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    const common::Customer& customer = m_model->customerAt(index.row());
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = customer.id;
    if (!m_dialButton->isHidden()) {
        menu->addAction(tr("Open 360 view"), this, [this, id] { emit view360Requested(id); });
        menu->addAction(tr("Edit customer"), this, [this, row = index.row()] { openCustomerAt(row); });
        menu->addSeparator();
        for (const QString& phone : customer.phones) {
            menu->addAction(tr("Dial %1").arg(CustomerSearchModel::displayPhones({phone})), this,
                            [this, phone] { emit dialRequested(phone); });
        }
    }
    if (!m_addToGroupButton->isHidden()) {
        menu->addSeparator();
        menu->addAction(tr("Add to group…"), m_addToGroupButton, &QPushButton::click);
    }
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

void CustomerSearchPage::dialSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const QStringList phones = phonesAt(current.isValid() ? current.row() : -1);
    if (phones.isEmpty())
        return;
    if (phones.size() == 1) {
        emit dialRequested(phones.front());
        return;
    }
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const QString& phone : phones) {
        menu->addAction(tr("Dial %1").arg(CustomerSearchModel::displayPhones({phone})), this,
                        [this, phone] { emit dialRequested(phone); });
    }
    menu->popup(m_dialButton->mapToGlobal(QPoint(0, m_dialButton->height())));
}

} // namespace csm::client::ui
