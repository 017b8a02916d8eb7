#include "client/app/complaint_editors.h"

#include "client/core/case_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QWidget>

namespace csm::client::ui {

ComplaintEditors::ComplaintEditors(QWidget* parent)
    : QObject(parent)
    , m_category(new QComboBox(parent))
    , m_unit(new QComboBox(parent))
    , m_deadlineRow(new QWidget(parent))
    , m_hasDeadline(new QCheckBox(tr("By"), m_deadlineRow))
    , m_deadline(new QDateTimeEdit(m_deadlineRow))
{
    m_category->setObjectName(QStringLiteral("complaintCategoryBox"));
    m_unit->setObjectName(QStringLiteral("responsibleUnitBox"));
    m_hasDeadline->setObjectName(QStringLiteral("complaintDeadlineCheck"));
    m_deadline->setObjectName(QStringLiteral("complaintDeadlineEdit"));
    for (const QString& code : common::complaintCategoryCodes())
        m_category->addItem(CaseText::complaintCategoryName(code), code);
    m_unit->addItem(tr("(not named)"), qint64(0));
    m_unit->setToolTip(tr("The department or unit responsible for what the customer reports"));
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDateTime(QDateTime(QDate::currentDate().addDays(3), QTime(18, 0)));
    m_deadline->setEnabled(false);
    auto* layout = new QHBoxLayout(m_deadlineRow);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hasDeadline);
    layout->addWidget(m_deadline, 1);
    connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
}

void ComplaintEditors::setUnits(const QList<CaseUnit>& units)
{
    const qint64 chosen = m_unit->currentData().toLongLong();
    m_unit->clear();
    m_unit->addItem(tr("(not named)"), qint64(0));
    bool keptListed = false;
    for (const CaseUnit& unit : units) {
        m_unit->addItem(QString(qMax(0, unit.depth - 1) * 2, QLatin1Char(' ')) + unit.name, unit.id);
        keptListed = keptListed || unit.id == m_keptUnit;
    }
    if (m_keptUnit != 0 && !keptListed)
        m_unit->addItem(m_keptUnitName, m_keptUnit);
    const int index = m_unit->findData(chosen != 0 ? chosen : m_keptUnit);
    m_unit->setCurrentIndex(index < 0 ? 0 : index);
}

void ComplaintEditors::setDetails(const common::TicketComplaint& complaint)
{
    const int category = m_category->findData(complaint.category);
    m_category->setCurrentIndex(category < 0 ? 0 : category);
    m_keptUnit = complaint.responsibleOrgUnitId;
    m_keptUnitName = complaint.responsibleOrgUnitName;
    if (m_keptUnit != 0 && m_unit->findData(m_keptUnit) < 0)
        m_unit->addItem(m_keptUnitName, m_keptUnit);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(m_keptUnit)));
    m_keptDeadline = complaint.deadline;
    m_hasDeadline->setChecked(complaint.deadline.isValid());
    if (complaint.deadline.isValid())
        m_deadline->setDateTime(complaint.deadline.toLocalTime());
}

QCborMap ComplaintEditors::details() const
{
    QCborMap map;
    map.insert(QStringLiteral("category"), m_category->currentData().toString());
    const qint64 unit = m_unit->currentData().toLongLong();
    if (unit != 0)
        map.insert(QStringLiteral("responsible_org_unit_id"), unit);
    if (m_hasDeadline->isChecked()) {
        // An unchanged deadline goes back exactly as it came (it may have passed meanwhile).
        const QDateTime shown = m_deadline->dateTime();
        const bool unchanged = m_keptDeadline.isValid() && qAbs(shown.secsTo(m_keptDeadline)) < 60;
        const QDateTime deadline = unchanged ? m_keptDeadline : shown;
        map.insert(QStringLiteral("deadline"), deadline.toUTC().toString(Qt::ISODateWithMs));
    }
    return map;
}

QMap<QString, QString> ComplaintEditors::check() const
{
    QMap<QString, QString> problems;
    if (m_hasDeadline->isChecked()) {
        const QDateTime shown = m_deadline->dateTime();
        const bool unchanged = m_keptDeadline.isValid() && qAbs(shown.secsTo(m_keptDeadline)) < 60;
        if (!unchanged && shown <= QDateTime::currentDateTime())
            problems.insert(QStringLiteral("deadline"), tr("The deadline has passed already."));
    }
    return problems;
}

} // namespace csm::client::ui
