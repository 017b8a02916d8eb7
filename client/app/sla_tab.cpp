#include "client/app/sla_tab.h"

#include "client/app/error_presenter.h"
#include "client/app/field_errors.h"
#include "client/core/sla_policy_model.h"
#include "client/core/ticket_text.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace csm::client::ui {

namespace {
const char* const kWeekdays[] = {QT_TRANSLATE_NOOP("csm::client::ui::SlaTab", "Monday"),
                                 QT_TRANSLATE_NOOP("csm::client::ui::SlaTab", "Tuesday"),
                                 QT_TRANSLATE_NOOP("csm::client::ui::SlaTab", "Wednesday"),
                                 QT_TRANSLATE_NOOP("csm::client::ui::SlaTab", "Thursday"),
                                 QT_TRANSLATE_NOOP("csm::client::ui::SlaTab", "Friday"),
                                 QT_TRANSLATE_NOOP("csm::client::ui::SlaTab", "Saturday"),
                                 QT_TRANSLATE_NOOP("csm::client::ui::SlaTab", "Sunday")};

QLabel* problemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}

QDoubleSpinBox* hoursBox(QWidget* parent, const QString& name)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setDecimals(2);
    box->setRange(0, common::kSlaMaxMinutes / 60.0);
    box->setSingleStep(0.5);
    box->setSuffix(SlaTab::tr(" h"));
    box->setMinimumWidth(110);
    box->setMaximumWidth(180);
    return box;
}

int minutesOf(const QDoubleSpinBox* box)
{
    return qRound(box->value() * 60.0);
}
} // namespace

SlaTab::SlaTab(const AppServices& services, QWidget* parent)
    : Workspace(parent)
    , m_services(services)
    , m_model(new SlaPolicyModel(this))
    , m_controller(new SlaAdminController(services.rpc, *m_model, this))
    , m_table(new QTableView(this))
    , m_policyErrors(new FieldErrors(this))
    , m_calendarErrors(new FieldErrors(this))
    , m_settingsErrors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("slaTab"));
    auto* hint = new QLabel(this);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    hint->setText(tr("Deadlines of new orders per service type and severity, counted from creation. A policy that "
                     "counts business hours uses the working hours and holidays on the right. Orders created before a "
                     "change keep their deadlines."));

    m_table->setObjectName(QStringLiteral("slaPoliciesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SlaPolicyModel::ServiceType, QHeaderView::Stretch);

    auto* left = new QVBoxLayout;
    left->addWidget(hint);
    left->addWidget(m_table, 1);
    left->addWidget(buildPolicyBox());

    auto* rightPane = new QWidget(this);
    auto* right = new QVBoxLayout(rightPane);
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(buildCalendarBox());
    right->addWidget(buildSettingsBox());
    right->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("slaCalendarScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(rightPane);
    scroll->setMinimumWidth(rightPane->sizeHint().width() + 24);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addWidget(scroll, 2);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { select(current.row()); });
    connect(m_controller, &SlaAdminController::loaded, this, [this] {
        showCalendar();
        m_repeatDays->setValue(m_controller->repeatRepairDays());
        const int row = m_model->rowOf(m_selected.serviceType, m_selected.severity);
        if (row >= 0)
            m_table->selectRow(row);
        else if (m_model->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_controller, &SlaAdminController::busyChanged, this, [this](bool busy) {
        m_savePolicy->setDisabled(busy || m_selected.serviceType.isEmpty());
        m_saveCalendar->setDisabled(busy);
        m_saveRepeat->setDisabled(busy);
    });
    connect(m_controller, &SlaAdminController::policySaved, this, [this](const common::SlaPolicy& policy) {
        m_services.errors.showTransient(tr("SLA policy for %1 / %2 saved")
                                            .arg(TicketText::serviceTypeName(policy.serviceType),
                                                 TicketText::severityName(policy.severity)));
    });
    connect(m_controller, &SlaAdminController::calendarSaved, this, [this] {
        m_services.errors.showTransient(tr("Business calendar saved"));
        showCalendar();
    });
    connect(m_controller, &SlaAdminController::settingsSaved, this,
            [this] { m_services.errors.showTransient(tr("Repeat-repair window saved")); });
    connect(m_controller, &SlaAdminController::failed, this, &SlaTab::failed);
}

QWidget* SlaTab::buildPolicyBox()
{
    auto* box = new QGroupBox(tr("Policy"), this);
    m_policyTitle = new QLabel(box);
    m_policyTitle->setObjectName(QStringLiteral("slaPolicyTitle"));
    m_policyTitle->setTextFormat(Qt::PlainText);
    m_policyTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_response = hoursBox(box, QStringLiteral("slaResponseHours"));
    m_onSite = hoursBox(box, QStringLiteral("slaOnSiteHours"));
    m_completion = hoursBox(box, QStringLiteral("slaCompletionHours"));
    m_businessHours = new QCheckBox(tr("Count business hours only"), box);
    m_businessHours->setObjectName(QStringLiteral("slaBusinessHours"));
    m_savePolicy = new QPushButton(tr("Save policy"), box);
    m_savePolicy->setObjectName(QStringLiteral("saveSlaPolicyButton"));
    m_savePolicy->setEnabled(false);
    auto* general = problemLabel(box);
    general->setObjectName(QStringLiteral("slaPolicyProblem"));
    m_policyErrors->setGeneralLabel(general);

    auto* form = new QFormLayout;
    form->addRow(m_policyTitle);
    form->addRow(tr("Response within"), m_policyErrors->addFieldBox(QStringLiteral("response_minutes"), m_response, box));
    form->addRow(tr("On site within"), m_policyErrors->addFieldBox(QStringLiteral("on_site_minutes"), m_onSite, box));
    form->addRow(tr("Completed within"),
                 m_policyErrors->addFieldBox(QStringLiteral("completion_minutes"), m_completion, box));
    form->addRow(QString(), m_businessHours);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_savePolicy);
    // Spot for "recompute the deadlines of open orders" (sla.policy.set's `recompute`, another branch).
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addLayout(buttons);
    connect(m_savePolicy, &QPushButton::clicked, this, &SlaTab::savePolicy);
    return box;
}

QWidget* SlaTab::buildCalendarBox()
{
    auto* box = new QGroupBox(tr("Business calendar (Asia/Shanghai)"), this);
    auto* hoursWidget = new QWidget(box);
    auto* grid = new QGridLayout(hoursWidget);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int day = 1; day <= 7; ++day) {
        DayRow row;
        row.working = new QCheckBox(tr(kWeekdays[day - 1]), hoursWidget);
        row.working->setObjectName(QStringLiteral("slaDay%1").arg(day));
        row.start = new QTimeEdit(hoursWidget);
        row.end = new QTimeEdit(hoursWidget);
        for (QTimeEdit* edit : {row.start, row.end})
            edit->setDisplayFormat(QStringLiteral("HH:mm"));
        grid->addWidget(row.working, day - 1, 0);
        grid->addWidget(row.start, day - 1, 1);
        grid->addWidget(new QLabel(QStringLiteral("–"), hoursWidget), day - 1, 2);
        grid->addWidget(row.end, day - 1, 3);
        connect(row.working, &QCheckBox::toggled, row.start, &QWidget::setEnabled);
        connect(row.working, &QCheckBox::toggled, row.end, &QWidget::setEnabled);
        m_days.append(row);
    }
    grid->setColumnStretch(4, 1);

    m_holidays = new QTableWidget(0, 2, box);
    m_holidays->setObjectName(QStringLiteral("slaHolidaysTable"));
    m_holidays->setHorizontalHeaderLabels({tr("Day"), tr("Holiday")});
    m_holidays->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_holidays->setSelectionMode(QAbstractItemView::SingleSelection);
    m_holidays->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_holidays->verticalHeader()->hide();
    m_holidays->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_holidays->horizontalHeader()->setStretchLastSection(true);
    m_holidays->setMinimumHeight(140);
    m_holidayDate = new QDateEdit(QDate::currentDate(), box);
    m_holidayDate->setObjectName(QStringLiteral("slaHolidayDate"));
    m_holidayDate->setCalendarPopup(true);
    m_holidayDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_holidayName = new QLineEdit(box);
    m_holidayName->setObjectName(QStringLiteral("slaHolidayName"));
    m_holidayName->setMaxLength(common::kSlaHolidayNameMax);
    m_holidayName->setPlaceholderText(tr("e.g. National Day"));
    m_addHoliday = new QPushButton(tr("Add"), box);
    m_removeHoliday = new QPushButton(tr("Remove"), box);
    m_saveCalendar = new QPushButton(tr("Save calendar"), box);
    m_saveCalendar->setObjectName(QStringLiteral("saveSlaCalendarButton"));
    auto* general = problemLabel(box);
    m_calendarErrors->setGeneralLabel(general);

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_holidayDate);
    addRow->addWidget(m_holidayName, 1);
    addRow->addWidget(m_addHoliday);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_removeHoliday);
    buttons->addStretch(1);
    buttons->addWidget(m_saveCalendar);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(new QLabel(tr("Working hours (a day not ticked is off):"), box));
    layout->addWidget(m_calendarErrors->addFieldBox(QStringLiteral("work_hours"), hoursWidget, box));
    layout->addWidget(new QLabel(tr("Holidays:"), box));
    layout->addWidget(m_calendarErrors->addFieldBox(QStringLiteral("holidays"), m_holidays, box));
    layout->addLayout(addRow);
    layout->addWidget(general);
    layout->addLayout(buttons);
    connect(m_addHoliday, &QPushButton::clicked, this, &SlaTab::addHoliday);
    connect(m_removeHoliday, &QPushButton::clicked, this, &SlaTab::removeHoliday);
    connect(m_saveCalendar, &QPushButton::clicked, this, &SlaTab::saveCalendar);
    return box;
}

QWidget* SlaTab::buildSettingsBox()
{
    auto* box = new QGroupBox(tr("Repeat repairs"), this);
    m_repeatDays = new QSpinBox(box);
    m_repeatDays->setObjectName(QStringLiteral("slaRepeatDays"));
    m_repeatDays->setRange(1, common::kSlaMaxRepeatDays);
    m_repeatDays->setSuffix(tr(" days"));
    m_saveRepeat = new QPushButton(tr("Save"), box);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("A repair within"), box));
    row->addWidget(m_settingsErrors->addFieldBox(QStringLiteral("repeat_repair_days"), m_repeatDays, box));
    row->addWidget(m_saveRepeat);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    auto* text = new QLabel(tr("of a resolved repair of the same product is marked as a repeat repair."), box);
    text->setWordWrap(true);
    layout->addLayout(row);
    layout->addWidget(text);
    connect(m_saveRepeat, &QPushButton::clicked, this, &SlaTab::saveRepeatDays);
    return box;
}

void SlaTab::refresh()
{
    m_controller->load();
}

void SlaTab::select(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_selected = m_model->policyAt(row);
    const QString names = tr("%1 · %2").arg(TicketText::serviceTypeName(m_selected.serviceType),
                                           TicketText::severityName(m_selected.severity));
    m_policyTitle->setText(m_selected.version > 0 ? names : tr("%1 — no policy yet: saving creates one").arg(names));
    m_response->setValue(m_selected.responseMinutes / 60.0);
    m_onSite->setValue(m_selected.onSiteMinutes / 60.0);
    m_completion->setValue(m_selected.completionMinutes / 60.0);
    m_businessHours->setChecked(m_selected.businessHours);
    m_savePolicy->setEnabled(!m_controller->isBusy());
    m_policyErrors->clear();
}

void SlaTab::showCalendar()
{
    const common::SlaCalendar& calendar = m_controller->calendar();
    for (int day = 1; day <= 7; ++day) {
        DayRow& row = m_days[day - 1];
        row.working->setChecked(false);
        row.start->setTime(QTime(8, 0));
        row.end->setTime(QTime(20, 0));
        row.start->setEnabled(false);
        row.end->setEnabled(false);
        for (const common::SlaWorkHours& hours : calendar.workHours) {
            if (hours.weekday != day)
                continue;
            row.working->setChecked(true);
            row.start->setTime(hours.start);
            row.end->setTime(hours.end);
        }
    }
    m_holidays->setRowCount(0);
    for (const common::SlaHoliday& holiday : calendar.holidays) {
        const int row = m_holidays->rowCount();
        m_holidays->insertRow(row);
        m_holidays->setItem(row, 0, new QTableWidgetItem(holiday.day.toString(Qt::ISODate)));
        m_holidays->setItem(row, 1, new QTableWidgetItem(holiday.name));
    }
    m_calendarErrors->clear();
}

void SlaTab::savePolicy()
{
    if (m_selected.serviceType.isEmpty())
        return;
    common::SlaPolicy policy = m_selected;
    policy.responseMinutes = minutesOf(m_response);
    policy.onSiteMinutes = minutesOf(m_onSite);
    policy.completionMinutes = minutesOf(m_completion);
    policy.businessHours = m_businessHours->isChecked();
    m_policyErrors->clear();
    m_controller->savePolicy(policy);   // the server checks the times; its problems show under the fields
}

void SlaTab::addHoliday()
{
    const QString day = m_holidayDate->date().toString(Qt::ISODate);
    int row = 0;
    while (row < m_holidays->rowCount() && m_holidays->item(row, 0)->text() < day)
        ++row;
    if (row < m_holidays->rowCount() && m_holidays->item(row, 0)->text() == day) {
        m_holidays->item(row, 1)->setText(m_holidayName->text().trimmed());
    } else {
        m_holidays->insertRow(row);
        m_holidays->setItem(row, 0, new QTableWidgetItem(day));
        m_holidays->setItem(row, 1, new QTableWidgetItem(m_holidayName->text().trimmed()));
    }
    m_holidayName->clear();
}

void SlaTab::removeHoliday()
{
    const int row = m_holidays->currentRow();
    if (row >= 0)
        m_holidays->removeRow(row);
}

void SlaTab::saveCalendar()
{
    common::SlaCalendar calendar;
    for (int day = 1; day <= 7; ++day) {
        const DayRow& row = m_days.at(day - 1);
        if (row.working->isChecked())
            calendar.workHours.append({day, row.start->time(), row.end->time()});
    }
    for (int row = 0; row < m_holidays->rowCount(); ++row)
        calendar.holidays.append({QDate::fromString(m_holidays->item(row, 0)->text(), Qt::ISODate),
                                  m_holidays->item(row, 1)->text()});
    m_calendarErrors->clear();
    m_controller->saveCalendar(calendar);
}

void SlaTab::saveRepeatDays()
{
    m_settingsErrors->clear();
    m_controller->saveRepeatRepairDays(m_repeatDays->value());
}

void SlaTab::failed(SlaAdminController::Form form, const common::ErrorInfo& error)
{
    ErrorPresenter::Handlers handlers;
    if (form == SlaAdminController::Form::Policy)
        handlers.fields = m_policyErrors;
    else if (form == SlaAdminController::Form::Calendar)
        handlers.fields = m_calendarErrors;
    else if (form == SlaAdminController::Form::Settings)
        handlers.fields = m_settingsErrors;
    handlers.reload = [this] { m_controller->load(); };
    m_services.errors.present(error, this, handlers);
}

} // namespace csm::client::ui
