#include "client/app/case_panel.h"

#include "client/app/case_dialogs.h"
#include "client/app/error_presenter.h"
#include "client/core/case_text.h"
#include "client/core/supervision_model.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QBrush>
#include <QColor>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace csm::client::ui {

namespace {
// Open supervisions in orange, overdue ones in red.
class SupervisionColors : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == SupervisionModel::Status) {
            const QString status = QIdentityProxyModel::data(index, SupervisionModel::StatusCodeRole).toString();
            if (status == QLatin1String("overdue"))
                return QBrush(QColor(0xc6, 0x28, 0x28));
            if (status == QLatin1String("open"))
                return QBrush(QColor(0xe6, 0x51, 0x00));
        }
        return QIdentityProxyModel::data(index, role);
    }
};
} // namespace

CasePanel::CasePanel(const AppServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_controller(new CaseController(services.rpc, this))
    , m_complaintBox(new QGroupBox(tr("Complaint"), this))
    , m_editComplaint(new QPushButton(tr("Edit details…"), this))
    , m_resolve(new QPushButton(tr("Record resolution…"), this))
    , m_supervisionBox(new QGroupBox(tr("Supervision (督办)"), this))
    , m_model(new SupervisionModel(this))
    , m_view(new QTableView(this))
    , m_noSupervision(new QLabel(tr("Not supervised."), this))
    , m_supervise(new QPushButton(tr("Supervise…"), this))
    , m_answer(new QPushButton(tr("Answer…"), this))
    , m_closeSupervision(new QPushButton(tr("Close…"), this))
{
    setObjectName(QStringLiteral("casePanel"));
    m_complaintBox->setObjectName(QStringLiteral("complaintBox"));
    m_supervisionBox->setObjectName(QStringLiteral("supervisionBox"));
    m_editComplaint->setObjectName(QStringLiteral("editComplaintButton"));
    m_resolve->setObjectName(QStringLiteral("resolveComplaintButton"));
    m_supervise->setObjectName(QStringLiteral("superviseButton"));
    m_answer->setObjectName(QStringLiteral("answerSupervisionButton"));
    m_closeSupervision->setObjectName(QStringLiteral("closeSupervisionButton"));
    m_view->setObjectName(QStringLiteral("supervisionView"));
    m_noSupervision->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    facts->addRow(tr("Category"), value(QStringLiteral("category")));
    facts->addRow(tr("Responsible unit"), value(QStringLiteral("unit")));
    facts->addRow(tr("Deadline"), value(QStringLiteral("deadline")));
    facts->addRow(tr("Resolution"), value(QStringLiteral("resolution")));
    facts->addRow(tr("Satisfaction"), value(QStringLiteral("satisfaction")));
    auto* complaintButtons = new QHBoxLayout;
    complaintButtons->addWidget(m_editComplaint);
    complaintButtons->addWidget(m_resolve);
    complaintButtons->addStretch(1);
    auto* complaintLayout = new QVBoxLayout(m_complaintBox);
    complaintLayout->addLayout(facts);
    complaintLayout->addStretch(1);
    complaintLayout->addLayout(complaintButtons);

    auto* colors = new SupervisionColors(this);
    colors->setSourceModel(m_model);
    m_view->setModel(colors);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // The texts share what is left; the full texts are in the tooltip.
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(SupervisionModel::Status, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SupervisionModel::Deadline, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SupervisionModel::Unit, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SupervisionModel::Demand, QHeaderView::Stretch);
    header->setSectionResizeMode(SupervisionModel::Answer, QHeaderView::Stretch);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setMaximumHeight(m_view->verticalHeader()->defaultSectionSize() * 3 + header->sizeHint().height() + 4);
    auto* supervisionButtons = new QHBoxLayout;
    supervisionButtons->addWidget(m_supervise);
    supervisionButtons->addWidget(m_answer);
    supervisionButtons->addWidget(m_closeSupervision);
    supervisionButtons->addStretch(1);
    auto* supervisionLayout = new QVBoxLayout(m_supervisionBox);
    supervisionLayout->addWidget(m_view);
    supervisionLayout->addWidget(m_noSupervision);
    supervisionLayout->addStretch(1);
    supervisionLayout->addLayout(supervisionButtons);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_complaintBox, 2);
    layout->addWidget(m_supervisionBox, 3);

    connect(m_editComplaint, &QPushButton::clicked, this, &CasePanel::editComplaint);
    connect(m_resolve, &QPushButton::clicked, this, &CasePanel::recordResolution);
    connect(m_supervise, &QPushButton::clicked, this, &CasePanel::openSupervision);
    connect(m_answer, &QPushButton::clicked, this, &CasePanel::answerSupervision);
    connect(m_closeSupervision, &QPushButton::clicked, this, &CasePanel::closeSupervision);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CasePanel::updateSupervisionButtons);
    connect(m_controller, &CaseController::done, this, &CasePanel::onDone);
    connect(m_controller, &CaseController::failed, this, &CasePanel::onFailed);
    connect(m_controller, &CaseController::unitsLoaded, this, &CasePanel::setUnitsOnDialogs);
    connect(m_controller, &CaseController::busyChanged, this, [this](bool busy) {
        if (m_complaintDialog)
            m_complaintDialog->setBusy(busy);
        if (m_supervisionDialog)
            m_supervisionDialog->setBusy(busy);
    });
    hide();
}

ComplaintDialog* CasePanel::complaintDialog() const
{
    return m_complaintDialog;
}

SupervisionDialog* CasePanel::supervisionDialog() const
{
    return m_supervisionDialog;
}

QLabel* CasePanel::value(const QString& name)
{
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("complaint_") + name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_values.insert(name, label);
    return label;
}

void CasePanel::setTicket(const common::Ticket& ticket, const common::TicketCaseFacts& facts)
{
    m_ticket = ticket;
    m_facts = facts;
    showComplaint();
    const qint64 selected = m_view->currentIndex().isValid() ? m_model->supervisionAt(m_view->currentIndex().row()).id : 0;
    m_model->setSupervisions(facts.supervisions);
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_view->selectRow(row);
    const bool canOpen = facts.actions.contains(QStringLiteral("supervision.open"));
    m_view->setVisible(!facts.supervisions.isEmpty());
    m_noSupervision->setVisible(facts.supervisions.isEmpty());
    m_supervise->setVisible(canOpen);
    m_supervisionBox->setVisible(canOpen || !facts.supervisions.isEmpty());
    updateSupervisionButtons();
    setVisible(m_complaintBox->isVisibleTo(this) || m_supervisionBox->isVisibleTo(this));
}

void CasePanel::showComplaint()
{
    m_complaintBox->setVisible(m_facts.hasComplaint);
    if (!m_facts.hasComplaint)
        return;
    const auto set = [this](const QString& name, const QString& text) {
        m_values.value(name)->setText(text.isEmpty() ? QStringLiteral("—") : text);
    };
    const common::TicketComplaint c = m_facts.complaint.value_or(common::TicketComplaint{});
    set(QStringLiteral("category"), m_facts.complaint ? CaseText::complaintCategoryName(c.category) : tr("Not set yet"));
    set(QStringLiteral("unit"), c.responsibleOrgUnitName);
    QString deadline = CaseText::timeText(c.deadline);
    const bool late = c.deadline.isValid() && !c.isResolved() && c.deadline < QDateTime::currentDateTimeUtc()
        && m_ticket.stateCategory != QLatin1String("closed") && m_ticket.stateCategory != QLatin1String("resolved");
    if (late)
        deadline = tr("%1 (passed)").arg(deadline);
    set(QStringLiteral("deadline"), deadline);
    m_values.value(QStringLiteral("deadline"))->setStyleSheet(late ? QStringLiteral("color: #c62828;") : QString());
    set(QStringLiteral("resolution"), c.resolution);
    set(QStringLiteral("satisfaction"),
        c.isResolved() ? (c.satisfactionComment.isEmpty() ? CaseText::satisfactionName(c.satisfaction)
                                                          : tr("%1 (“%2”)").arg(CaseText::satisfactionName(c.satisfaction),
                                                                                c.satisfactionComment))
                       : QString());
    m_editComplaint->setVisible(m_facts.actions.contains(QStringLiteral("complaint.set")));
    m_resolve->setVisible(m_facts.actions.contains(QStringLiteral("complaint.resolve")));
}

const common::TicketSupervision* CasePanel::current(bool forAnswer) const
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid()) {
        const common::TicketSupervision& s = m_model->supervisionAt(index.row());
        return (forAnswer ? s.canAnswer : s.canClose) ? &s : nullptr;
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const common::TicketSupervision& s = m_model->supervisionAt(row);
        if (forAnswer ? s.canAnswer : s.canClose)
            return &s;
    }
    return nullptr;
}

void CasePanel::updateSupervisionButtons()
{
    bool anyAnswer = false;
    bool anyClose = false;
    for (const common::TicketSupervision& s : m_facts.supervisions) {
        anyAnswer = anyAnswer || s.canAnswer;
        anyClose = anyClose || s.canClose;
    }
    m_answer->setVisible(anyAnswer);
    m_closeSupervision->setVisible(anyClose);
    m_answer->setEnabled(current(true) != nullptr);
    m_closeSupervision->setEnabled(current(false) != nullptr);
}

void CasePanel::setUnitsOnDialogs()
{
    if (m_complaintDialog)
        m_complaintDialog->setUnits(m_controller->units());
    if (m_supervisionDialog)
        m_supervisionDialog->setUnits(m_controller->units());
}

void CasePanel::editComplaint()
{
    if (m_complaintDialog)
        m_complaintDialog->reject();
    m_complaintDialog = new ComplaintDialog(ComplaintDialog::Mode::Details, m_ticket, m_facts.complaint, this);
    m_complaintDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_complaintDialog, &ComplaintDialog::detailsSubmitted, this,
            [this](const QCborMap& details) { m_controller->setComplaint(m_ticket.id, details); });
    m_controller->loadUnits();
    setUnitsOnDialogs();
    m_complaintDialog->open();
}

void CasePanel::recordResolution()
{
    if (m_complaintDialog)
        m_complaintDialog->reject();
    m_complaintDialog = new ComplaintDialog(ComplaintDialog::Mode::Resolution, m_ticket, m_facts.complaint, this);
    m_complaintDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_complaintDialog, &ComplaintDialog::resolutionSubmitted, this,
            [this](const QString& resolution, int satisfaction, const QString& comment) {
                m_controller->resolveComplaint(m_ticket.id, resolution, satisfaction, comment);
            });
    m_complaintDialog->open();
}

void CasePanel::openSupervision()
{
    if (m_supervisionDialog)
        m_supervisionDialog->reject();
    m_supervisionDialog = new SupervisionDialog(SupervisionDialog::Mode::Open, m_ticket, {}, this);
    m_supervisionDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_supervisionDialog, &SupervisionDialog::openSubmitted, this,
            [this](qint64 unit, const QDateTime& deadline, const QString& demand) {
                m_controller->openSupervision(m_ticket.id, unit, deadline, demand);
            });
    m_controller->loadUnits();
    setUnitsOnDialogs();
    m_supervisionDialog->open();
}

void CasePanel::answerSupervision()
{
    const common::TicketSupervision* s = current(true);
    if (!s)
        return;
    if (m_supervisionDialog)
        m_supervisionDialog->reject();
    m_supervisionDialog = new SupervisionDialog(SupervisionDialog::Mode::Answer, m_ticket, *s, this);
    m_supervisionDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_supervisionDialog, &SupervisionDialog::answerSubmitted, m_controller, &CaseController::answerSupervision);
    m_supervisionDialog->open();
}

void CasePanel::closeSupervision()
{
    const common::TicketSupervision* s = current(false);
    if (!s)
        return;
    if (m_supervisionDialog)
        m_supervisionDialog->reject();
    m_supervisionDialog = new SupervisionDialog(SupervisionDialog::Mode::Close, m_ticket, *s, this);
    m_supervisionDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_supervisionDialog, &SupervisionDialog::closeSubmitted, m_controller, &CaseController::closeSupervision);
    m_supervisionDialog->open();
}

void CasePanel::onDone(CaseController::Action action)
{
    const bool complaint = action == CaseController::Action::SetComplaint || action == CaseController::Action::ResolveComplaint;
    if (complaint && m_complaintDialog)
        m_complaintDialog->accept();
    if (!complaint && m_supervisionDialog)
        m_supervisionDialog->accept();
    switch (action) {
    case CaseController::Action::SetComplaint: m_services.errors.showTransient(tr("Complaint details saved")); break;
    case CaseController::Action::ResolveComplaint: m_services.errors.showTransient(tr("Resolution recorded")); break;
    case CaseController::Action::OpenSupervision: m_services.errors.showTransient(tr("Supervision opened")); break;
    case CaseController::Action::AnswerSupervision: m_services.errors.showTransient(tr("Supervision answered")); break;
    case CaseController::Action::CloseSupervision: m_services.errors.showTransient(tr("Supervision closed")); break;
    case CaseController::Action::Units: break;
    }
    emit changed();
}

void CasePanel::onFailed(CaseController::Action action, const common::ErrorInfo& error)
{
    if (action == CaseController::Action::Units)
        return;   // the dialogs offer the order's own unit meanwhile
    const bool complaint = action == CaseController::Action::SetComplaint || action == CaseController::Action::ResolveComplaint;
    QWidget* dialog = complaint ? static_cast<QWidget*>(m_complaintDialog.data())
                                : static_cast<QWidget*>(m_supervisionDialog.data());
    if (dialog && dialog->isVisible() && error.code == common::ErrorCode::Validation) {
        QMap<QString, QString> problems;
        for (auto it = error.fields.cbegin(); it != error.fields.cend(); ++it)
            problems.insert(it.key(), ErrorPresenter::fieldProblemText(it.value()));
        if (problems.isEmpty())
            problems.insert(QStringLiteral("case"), ErrorPresenter::describe(error));
        if (complaint)
            m_complaintDialog->showProblems(problems);
        else
            m_supervisionDialog->showProblems(problems);
        return;
    }
    m_services.errors.present(error, dialog && dialog->isVisible() ? dialog : this);
    if (error.code == common::ErrorCode::Conflict || error.code == common::ErrorCode::PermissionDenied)
        emit changed();
}

} // namespace csm::client::ui
