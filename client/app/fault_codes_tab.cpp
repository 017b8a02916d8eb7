#include "client/app/fault_codes_tab.h"

#include "client/app/confirm.h"
#include "client/app/error_presenter.h"
#include "client/app/field_errors.h"
#include "client/core/fault_code_admin_controller.h"
#include "client/core/fault_code_admin_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace csm::client::ui {

FaultCodesTab::FaultCodesTab(const AppServices& services, QWidget* parent)
    : Workspace(parent)
    , m_services(services)
    , m_model(new FaultCodeAdminModel(this))
    , m_controller(new FaultCodeAdminController(services.rpc, *m_model, this))
    , m_errors(new FieldErrors(this))
    , m_category(new QComboBox(this))
    , m_empty(new QLabel(this))
    , m_table(new QTableView(this))
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_active(new QCheckBox(tr("Accepted on new orders"), this))
    , m_new(new QPushButton(tr("New"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_deactivate(new QPushButton(tr("Deactivate…"), this))
    , m_general(new QLabel(this))
{
    setObjectName(QStringLiteral("faultCodesTab"));
    auto* hint = new QLabel(this);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    hint->setText(tr("Fault codes (e.g. E1) that technicians and agents record on orders. A product takes the codes of "
                     "its category and of the categories above it; a deactivated code stays on the orders that have it "
                     "but is no longer accepted."));

    m_category->setObjectName(QStringLiteral("faultCodeCategory"));
    m_category->setMinimumContentsLength(16);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Product category"), this));
    top->addWidget(m_category);
    top->addStretch(1);

    m_table->setObjectName(QStringLiteral("faultCodesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FaultCodeAdminModel::Name, QHeaderView::Stretch);
    m_empty->setObjectName(QStringLiteral("faultCodesEmpty"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->hide();

    m_code->setObjectName(QStringLiteral("faultCodeEdit"));
    m_code->setMaxLength(20);
    m_code->setPlaceholderText(tr("e.g. E1"));
    m_code->setMaximumWidth(200);
    m_name->setObjectName(QStringLiteral("faultCodeNameEdit"));
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("e.g. Indoor temperature sensor fault"));
    m_active->setObjectName(QStringLiteral("faultCodeActive"));
    m_active->setChecked(true);
    m_save->setObjectName(QStringLiteral("saveFaultCodeButton"));
    m_deactivate->setObjectName(QStringLiteral("deactivateFaultCodeButton"));
    m_general->setObjectName(QStringLiteral("faultCodeProblem"));
    m_general->setTextFormat(Qt::PlainText);
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_general->hide();
    m_errors->setGeneralLabel(m_general);

    auto* formBox = new QGroupBox(tr("Fault code"), this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Code *"), m_errors->addFieldBox(QStringLiteral("code"), m_code, formBox));
    form->addRow(tr("Name *"), m_errors->addFieldBox(QStringLiteral("name"), m_name, formBox));
    form->addRow(QString(), m_errors->addFieldBox(QStringLiteral("active"), m_active, formBox));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_deactivate);
    auto* formLayout = new QVBoxLayout(formBox);
    formLayout->addLayout(form);
    formLayout->addWidget(m_general);
    formLayout->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(formBox);

    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        startNew();
        m_controller->loadCodes(m_category->currentData().toString());
    });
    connect(m_new, &QPushButton::clicked, this, &FaultCodesTab::startNew);
    connect(m_save, &QPushButton::clicked, this, &FaultCodesTab::save);
    connect(m_deactivate, &QPushButton::clicked, this, &FaultCodesTab::deactivate);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { select(current.row()); });
    connect(m_controller, &FaultCodeAdminController::categoriesLoaded, this, &FaultCodesTab::fillCategories);
    connect(m_controller, &FaultCodeAdminController::codesLoaded, this, [this] {
        m_empty->setText(tr("No fault codes in this category yet: orders of its products take any text "
                            "unless a category above it has codes."));
        m_empty->setVisible(m_model->rowCount() == 0 && !m_category->currentData().toString().isEmpty());
        const int row = m_model->rowOf(m_selected);
        if (row >= 0)
            m_table->selectRow(row);
        updateButtons();
    });
    connect(m_controller, &FaultCodeAdminController::busyChanged, this, [this](bool busy) {
        m_busy = busy;
        updateButtons();
    });
    connect(m_controller, &FaultCodeAdminController::saved, this, [this](const common::FaultCode& saved) {
        m_services.errors.showTransient(tr("Fault code %1 saved").arg(saved.code));
        m_selected = saved.code;
    });
    connect(m_controller, &FaultCodeAdminController::deactivated, this, [this](const common::FaultCode& code) {
        m_services.errors.showTransient(tr("Fault code %1 deactivated").arg(code.code));
    });
    connect(m_controller, &FaultCodeAdminController::failed, this, [this](const common::ErrorInfo& error) {
        ErrorPresenter::Handlers handlers;
        handlers.fields = m_errors;
        handlers.reload = [this] { m_controller->loadCodes(m_controller->category()); };
        m_services.errors.present(error, this, handlers);
    });
    updateButtons();
}

void FaultCodesTab::refresh()
{
    m_controller->loadCategories();
    if (!m_controller->category().isEmpty())
        m_controller->loadCodes(m_controller->category());
}

void FaultCodesTab::fillCategories()
{
    const QString current = m_category->currentData().toString();
    {
        const QSignalBlocker block(m_category);
        m_category->clear();
        for (const auto& [code, name] : m_controller->categories())
            m_category->addItem(name, code);
        const int index = m_category->findData(current);
        m_category->setCurrentIndex(index >= 0 ? index : (m_category->count() > 0 ? 0 : -1));
    }
    if (m_category->currentData().toString() != m_controller->category() || m_model->rowCount() == 0)
        m_controller->loadCodes(m_category->currentData().toString());
    if (m_category->count() == 0) {
        m_empty->setText(tr("There are no product categories yet."));
        m_empty->show();
    }
}

void FaultCodesTab::select(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const common::FaultCode& code = m_model->codeAt(row);
    m_selected = code.code;
    m_code->setText(code.code);
    m_code->setReadOnly(true);   // another code is a new row
    m_name->setText(code.name);
    m_active->setChecked(code.active);
    m_errors->clear();
    updateButtons();
}

void FaultCodesTab::startNew()
{
    m_selected.clear();
    m_table->clearSelection();
    m_table->setCurrentIndex({});
    m_code->setReadOnly(false);
    m_code->clear();
    m_name->clear();
    m_active->setChecked(true);
    m_errors->clear();
    updateButtons();
}

void FaultCodesTab::updateButtons()
{
    const bool haveCategory = !m_category->currentData().toString().isEmpty();
    m_save->setEnabled(haveCategory && !m_busy);
    const int row = m_model->rowOf(m_selected);
    m_deactivate->setEnabled(!m_busy && row >= 0 && m_model->codeAt(row).active);
}

void FaultCodesTab::save()
{
    common::FaultCode code;
    code.categoryCode = m_category->currentData().toString();
    code.code = m_code->text().trimmed();
    code.name = m_name->text().trimmed();
    code.active = m_active->isChecked();
    if (code.categoryCode.isEmpty())
        return;
    m_errors->clear();
    m_selected = code.code;
    m_controller->save(code);   // the server checks code and name; its problems show under the fields
}

void FaultCodesTab::deactivate()
{
    const int row = m_model->rowOf(m_selected);
    if (row < 0)
        return;
    const common::FaultCode code = m_model->codeAt(row);
    askToConfirm(this, tr("Deactivate fault code"),
                 tr("Deactivate %1 \"%2\"? Orders that have it keep it, but new orders and transitions no longer "
                    "accept it. You can activate it again later.")
                     .arg(code.code, code.name),
                 tr("Deactivate"), [this, category = code.categoryCode, value = code.code] {
                     m_controller->deactivate(category, value);
                 },
                 QStringLiteral("deactivateFaultCodeBox"));
}

} // namespace csm::client::ui
