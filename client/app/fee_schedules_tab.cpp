#include "client/app/fee_schedules_tab.h"

#include "client/app/error_presenter.h"
#include "client/core/fee_schedule_controller.h"
#include "client/core/fee_schedule_model.h"
#include "client/core/ticket_text.h"

#include <QComboBox>
#include <QDateEdit>
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

FeeSchedulesTab::FeeSchedulesTab(const AppServices& services, QWidget* parent)
    : Workspace(parent)
    , m_services(services)
    , m_model(new FeeScheduleModel(this))
    , m_controller(new FeeScheduleController(services.rpc, *m_model, this))
    , m_table(new QTableView(this))
    , m_type(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_validFrom(new QDateEdit(QDate::currentDate(), this))
    , m_labour(new QLineEdit(this))
    , m_travel(new QLineEdit(this))
    , m_new(new QPushButton(tr("New"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("feeSchedulesTab"));
    auto* hint = new QLabel(this);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    hint->setText(tr("Labour and travel fee charged for out-of-warranty work, per service type and product category. "
                     "A category without a row of its own uses the row of the category above it; a new price is a new "
                     "row valid from a later day."));

    m_table->setObjectName(QStringLiteral("feeSchedulesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FeeScheduleModel::Category, QHeaderView::Stretch);

    for (const char* type : {"repair", "delivery", "installation", "maintenance", "replacement", "return"})
        m_type->addItem(TicketText::serviceTypeName(QLatin1String(type)), QLatin1String(type));
    m_validFrom->setCalendarPopup(true);
    m_validFrom->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    for (QLineEdit* edit : {m_labour, m_travel}) {
        edit->setPlaceholderText(QStringLiteral("0.00"));
        edit->setMaximumWidth(160);
    }
    m_type->setObjectName(QStringLiteral("feeServiceType"));
    m_category->setObjectName(QStringLiteral("feeCategory"));
    m_labour->setObjectName(QStringLiteral("feeLabour"));
    m_travel->setObjectName(QStringLiteral("feeTravel"));
    m_save->setObjectName(QStringLiteral("saveFeeButton"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();

    auto* formBox = new QGroupBox(tr("Fee schedule"), this);
    auto* form = new QFormLayout;
    form->addRow(tr("Service type"), m_type);
    form->addRow(tr("Product category"), m_category);
    form->addRow(tr("Valid from"), m_validFrom);
    form->addRow(tr("Labour fee (¥)"), m_labour);
    form->addRow(tr("Travel fee (¥)"), m_travel);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto* formLayout = new QVBoxLayout(formBox);
    formLayout->addLayout(form);
    formLayout->addWidget(m_problem);
    formLayout->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(formBox);

    connect(m_new, &QPushButton::clicked, this, &FeeSchedulesTab::startNew);
    connect(m_save, &QPushButton::clicked, this, &FeeSchedulesTab::save);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { select(current.row()); });
    connect(m_controller, &FeeScheduleController::loaded, this, &FeeSchedulesTab::fillCategories);
    connect(m_controller, &FeeScheduleController::busyChanged, m_save, &QWidget::setDisabled);
    connect(m_controller, &FeeScheduleController::saved, this, [this](const common::FeeSchedule& saved) {
        m_services.errors.showTransient(tr("Fee schedule saved"));
        m_selected = saved;
    });
    connect(m_controller, &FeeScheduleController::failed, this, [this](const common::ErrorInfo& error) {
        if (error.code == common::ErrorCode::Validation && !error.fields.isEmpty()) {
            QStringList lines;
            for (auto it = error.fields.cbegin(); it != error.fields.cend(); ++it)
                lines.append(ErrorPresenter::fieldProblemText(it.value()));
            showProblem(lines.join(QLatin1Char('\n')));
            return;
        }
        ErrorPresenter::Handlers handlers;
        handlers.reload = [this] { m_controller->load(); };
        m_services.errors.present(error, this, handlers);
    });
}

void FeeSchedulesTab::refresh()
{
    m_controller->load();
}

void FeeSchedulesTab::fillCategories()
{
    const QString current = m_category->currentData().toString();
    if (m_category->count() == m_controller->categories().size())
        return;
    m_category->clear();
    for (const auto& [code, name] : m_controller->categories())
        m_category->addItem(name, code);
    const int index = m_category->findData(current);
    if (index >= 0)
        m_category->setCurrentIndex(index);
}

void FeeSchedulesTab::select(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_selected = m_model->scheduleAt(row);
    m_type->setCurrentIndex(m_type->findData(m_selected.serviceType));
    m_category->setCurrentIndex(m_category->findData(m_selected.categoryCode));
    m_validFrom->setDate(m_selected.validFrom);
    m_labour->setText(common::formatFen(m_selected.labourFen));
    m_travel->setText(common::formatFen(m_selected.travelFen));
    m_problem->hide();
}

void FeeSchedulesTab::startNew()
{
    m_selected = {};
    m_table->clearSelection();
    m_validFrom->setDate(QDate::currentDate());
    m_labour->clear();
    m_travel->clear();
    m_problem->hide();
    m_labour->setFocus();
}

void FeeSchedulesTab::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->show();
}

void FeeSchedulesTab::save()
{
    common::FeeSchedule s;
    s.serviceType = m_type->currentData().toString();
    s.categoryCode = m_category->currentData().toString();
    s.validFrom = m_validFrom->date();
    const auto labour = common::parseYuan(m_labour->text());
    const auto travel = common::parseYuan(m_travel->text());
    if (s.categoryCode.isEmpty()) {
        showProblem(tr("Choose a product category."));
        return;
    }
    if (!labour || *labour < 0 || !travel || *travel < 0) {
        showProblem(tr("Type the fees in yuan, e.g. 50 or 50.00."));
        return;
    }
    s.labourFen = *labour;
    s.travelFen = *travel;
    // The selected row is changed only when its service type, category and day stay the same.
    const bool sameRow = m_selected.id != 0 && m_selected.serviceType == s.serviceType
                         && m_selected.categoryCode == s.categoryCode && m_selected.validFrom == s.validFrom;
    s.version = sameRow ? m_selected.version : 0;
    m_problem->hide();
    m_controller->save(s);
}

} // namespace csm::client::ui
