#include "client/app/custom_fields_tab.h"

#include "client/app/confirm.h"
#include "client/app/custom_field_dialog.h"
#include "client/app/error_presenter.h"
#include "client/app/field_errors.h"
#include "client/core/custom_field_admin_controller.h"
#include "client/core/custom_field_cache.h"
#include "client/core/custom_field_model.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace csm::client::ui {

CustomFieldsTab::CustomFieldsTab(const AppServices& services, QWidget* parent)
    : Workspace(parent)
    , m_services(services)
    , m_model(new CustomFieldModel(this))
    , m_controller(new CustomFieldAdminController(services.rpc, *m_model, this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(tr("New field…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_toggle(new QPushButton(tr("Deactivate"), this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("customFieldsTab"));
    m_table->setObjectName(QStringLiteral("customFieldsTable"));
    m_new->setObjectName(QStringLiteral("newFieldButton"));
    m_edit->setObjectName(QStringLiteral("editFieldButton"));
    m_toggle->setObjectName(QStringLiteral("toggleFieldButton"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("Add a field to the customer form (Ctrl+N)"));
    m_edit->setToolTip(tr("Change the selected field (Enter)"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_hint->setText(tr("Extra fields of the customer form, shown in this order. A field is never deleted: "
                       "deactivate it to hide it (its values are kept)."));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setMinimumSectionSize(64);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CustomFieldModel::LabelEn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CustomFieldModel::LabelZh, QHeaderView::Stretch);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_toggle);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_new, &QPushButton::clicked, this, &CustomFieldsTab::newField);
    connect(m_edit, &QPushButton::clicked, this, &CustomFieldsTab::editCurrent);
    connect(m_toggle, &QPushButton::clicked, this, &CustomFieldsTab::toggleCurrent);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { openFor(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CustomFieldsTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomFieldsTab::updateButtons);
    connect(m_controller, &CustomFieldAdminController::loaded, this,
            [this] { m_services.customFields.store(m_model->fields()); });
    connect(m_controller, &CustomFieldAdminController::saved, this,
            [this](const common::CustomFieldDefinition& field) {
                m_services.customFields.store(m_model->fields());
                const int row = m_model->rowOf(field.id);
                if (row >= 0)
                    m_table->setCurrentIndex(m_model->index(row, CustomFieldModel::Code));
                if (m_dialog)
                    m_dialog->finish();
            });
    connect(m_controller, &CustomFieldAdminController::failed, this, &CustomFieldsTab::onFailed);
    connect(m_controller, &CustomFieldAdminController::busyChanged, this, [this](bool busy) {
        if (m_dialog)
            m_dialog->setBusy(busy);
    });
    updateButtons();
}

void CustomFieldsTab::refresh()
{
    m_controller->load();
}

void CustomFieldsTab::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    const bool selected = current.isValid() && current.row() < m_model->rowCount();
    m_edit->setEnabled(selected);
    m_toggle->setEnabled(selected);
    const bool active = !selected || m_model->fieldAt(current.row()).active;
    m_toggle->setText(active ? tr("Deactivate") : tr("Activate"));
}

void CustomFieldsTab::newField()
{
    openFor(-1);
}

void CustomFieldsTab::editCurrent()
{
    if (m_table->currentIndex().isValid())
        openFor(m_table->currentIndex().row());
}

void CustomFieldsTab::openFor(int row)
{
    if (m_dialog)
        return;
    int next = 10;
    for (const common::CustomFieldDefinition& field : m_model->fields())
        next = std::max(next, field.position + 10);
    const common::CustomFieldDefinition* existing = row >= 0 ? &m_model->fieldAt(row) : nullptr;
    m_dialog = new CustomFieldDialog(existing, std::min(next, common::kCustomPositionMax), this);
    connect(m_dialog, &CustomFieldDialog::submitted, this, [this](const QCborMap& args) {
        if (!m_dialog)
            return;
        if (m_dialog->isCreating())
            m_controller->create(args);
        else
            m_controller->update(m_dialog->original().id, m_dialog->original().version, args);
    });
    m_dialog->open();
}

void CustomFieldsTab::toggleCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const common::CustomFieldDefinition field = m_model->fieldAt(current.row());
    if (!field.active) {
        m_controller->activate(field.id, field.version);
        return;
    }
    askToConfirm(this, tr("Deactivate custom field"),
                 tr("Deactivate \"%1\"? It disappears from the customer form and the customer view. "
                    "The values customers have are kept and come back if you activate it again.")
                     .arg(field.label()),
                 tr("Deactivate"), [this, id = field.id, version = field.version] {
                     m_controller->deactivate(id, version);
                 });
}

void CustomFieldsTab::onFailed(const common::ErrorInfo& error)
{
    if (m_dialog && m_dialog->isVisible()) {
        if (error.code == common::ErrorCode::Validation && !error.fields.isEmpty()) {
            m_dialog->showProblems(error.fields);
            return;
        }
        ErrorPresenter::Handlers handlers;
        handlers.fields = m_dialog->fieldErrors();
        handlers.reload = [this] {
            if (m_dialog)
                m_dialog->reject();
            m_controller->load();
        };
        m_services.errors.present(error, m_dialog, handlers);
        return;
    }
    ErrorPresenter::Handlers handlers;
    handlers.reload = [this] { m_controller->load(); };
    m_services.errors.present(error, this, handlers);
}

} // namespace csm::client::ui
