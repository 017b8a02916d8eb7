#include "client/app/ticket_fees_box.h"

#include "client/app/error_presenter.h"
#include "client/core/fee_text.h"
#include "client/core/ticket_fees_controller.h"
#include "client/core/ticket_parts_model.h"
#include "client/core/ticket_text.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace csm::client::ui {

namespace {
QString columnOf(const QString& field)
{
    const TicketPartsModel model;
    const QStringList fields{QStringLiteral("part_code"), QStringLiteral("part_name"), QStringLiteral("qty"),
                             QStringLiteral("unit_price_fen")};
    const int column = int(fields.indexOf(field));
    if (column >= 0)
        return model.headerData(column, Qt::Horizontal).toString();
    if (field == QLatin1String("recovered"))
        return model.headerData(TicketPartsModel::Recovered, Qt::Horizontal).toString();
    return field;
}
} // namespace

TicketFeesBox::TicketFeesBox(const AppServices& services, QWidget* parent)
    : QGroupBox(tr("Warranty and fees"), parent)
    , m_services(services)
    , m_parts(new TicketPartsModel(this))
    , m_controller(new TicketFeesController(services.rpc, *m_parts, this))
    , m_badge(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("Add part"), this))
    , m_remove(new QPushButton(tr("Remove part"), this))
    , m_save(new QPushButton(tr("Save parts"), this))
    , m_dirty(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_feesTitle(new QLabel(this))
    , m_labour(amountLabel(QStringLiteral("labourFee")))
    , m_travel(amountLabel(QStringLiteral("travelFee")))
    , m_partsFee(amountLabel(QStringLiteral("partsFee")))
    , m_total(amountLabel(QStringLiteral("totalFee")))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("ticketFeesBox"));
    m_badge->setObjectName(QStringLiteral("verdictBadge"));
    m_badge->setTextFormat(Qt::PlainText);
    m_verdict->setObjectName(QStringLiteral("verdictText"));
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setText(tr("Loading…"));
    m_add->setObjectName(QStringLiteral("addPartButton"));
    m_remove->setObjectName(QStringLiteral("removePartButton"));
    m_save->setObjectName(QStringLiteral("savePartsButton"));
    m_dirty->setTextFormat(Qt::PlainText);
    m_dirty->setStyleSheet(QStringLiteral("color: #ef6c00;"));
    m_dirty->setText(tr("Unsaved changes"));
    m_dirty->hide();
    for (QLabel* label : {m_problems, m_note}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_problems->setObjectName(QStringLiteral("partsProblems"));
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problems->hide();
    m_note->setObjectName(QStringLiteral("feesNote"));
    m_feesTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_feesTitle->font();
    bold.setBold(true);
    m_feesTitle->setFont(bold);
    m_total->setFont(bold);

    m_table->setObjectName(QStringLiteral("partsTable"));
    m_table->setModel(m_parts);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TicketPartsModel::Name, QHeaderView::Stretch);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 6);

    auto* verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_badge, 0, Qt::AlignTop);
    verdictRow->addWidget(m_verdict, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_save);
    buttons->addWidget(m_dirty);
    buttons->addStretch(1);

    auto* amounts = new QGridLayout;
    const QList<std::pair<QString, QLabel*>> rows{{tr("Labour"), m_labour}, {tr("Travel"), m_travel},
                                                  {tr("Parts"), m_partsFee}, {tr("Total"), m_total}};
    amounts->addWidget(m_feesTitle, 0, 0, 1, int(rows.size()) * 2);
    for (int i = 0; i < rows.size(); ++i) {
        amounts->addWidget(new QLabel(rows[i].first, this), 1, i * 2);
        amounts->addWidget(rows[i].second, 1, i * 2 + 1);
        amounts->setColumnMinimumWidth(i * 2 + 1, fontMetrics().horizontalAdvance(QStringLiteral("¥00,000.00")) + 12);
    }
    amounts->setColumnStretch(int(rows.size()) * 2, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(verdictRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_problems);
    layout->addLayout(amounts);
    layout->addWidget(m_note);

    connect(m_add, &QPushButton::clicked, this, &TicketFeesBox::addPart);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_parts->removeRowAt(m_table->currentIndex().row());
        updateButtons();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_problems->hide();
        m_controller->saveParts();
    });
    connect(m_parts, &TicketPartsModel::dirtyChanged, this, &TicketFeesBox::updateButtons);
    connect(m_parts, &QAbstractItemModel::dataChanged, this, [this] {
        m_partsFee->setToolTip(tr("Parts used: %1").arg(FeeText::yuan(m_parts->totalFen())));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TicketFeesBox::updateButtons);
    connect(m_controller, &TicketFeesController::loaded, this, &TicketFeesBox::onLoaded);
    connect(m_controller, &TicketFeesController::failed, this, &TicketFeesBox::onFailed);
    connect(m_controller, &TicketFeesController::busyChanged, this, [this](bool) { updateButtons(); });
    connect(m_controller, &TicketFeesController::partsSaved, this, [this] {
        m_services.errors.showTransient(tr("Parts saved"));
        emit ticketChanged();
    });
    updateButtons();
}

QLabel* TicketFeesBox::amountLabel(const QString& name)
{
    auto* label = new QLabel(this);
    label->setObjectName(name + QStringLiteral("Value"));
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setText(QStringLiteral("—"));
    return label;
}

void TicketFeesBox::load(qint64 ticketId)
{
    m_controller->load(ticketId);
}

QString TicketFeesBox::verdictSummary() const
{
    if (!m_controller->isLoaded())
        return {};
    const common::WarrantyVerdict& v = m_controller->verdict();
    return tr("%1 — %2").arg(FeeText::verdictName(v.verdict), FeeText::ruleText(v));
}

void TicketFeesBox::addPart()
{
    if (!m_parts->isEditable())
        return;
    const int row = m_parts->addRow();
    const QModelIndex index = m_parts->index(row, TicketPartsModel::Code);
    m_table->setCurrentIndex(index);
    m_table->edit(index);
    updateButtons();
}

void TicketFeesBox::updateButtons()
{
    const bool editable = m_controller->isLoaded() && m_controller->canEditParts();
    const bool busy = m_controller->isBusy();
    for (QPushButton* button : {m_add, m_remove, m_save})
        button->setVisible(editable);
    m_add->setEnabled(!busy && m_parts->rowCount() < common::kTicketPartsMax);
    m_remove->setEnabled(!busy && m_table->currentIndex().isValid());
    m_save->setEnabled(!busy && m_parts->isDirty());
    m_dirty->setVisible(editable && m_parts->isDirty());
}

void TicketFeesBox::onLoaded()
{
    const common::WarrantyVerdict& v = m_controller->verdict();
    m_badge->setText(FeeText::verdictName(v.verdict));
    m_badge->setStyleSheet(QStringLiteral("background: %1; color: #ffffff; padding: 3px 8px; border-radius: 4px;"
                                          " font-weight: bold;")
                               .arg(FeeText::verdictBackground(v.verdict)));
    m_verdict->setText(FeeText::verdictLine(v));
    m_verdict->setToolTip(m_controller->verdictFixed() ? tr("Judged when the order was completed")
                                                       : tr("Judged today; fixed when the order is completed"));

    common::FeeAmounts amounts;
    m_note->setStyleSheet(QString());
    if (const auto& fee = m_controller->fee()) {
        amounts = fee->amounts;
        m_feesTitle->setText(tr("Charged on completion (%1)")
                                 .arg(fee->computedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_note->setText(amounts.partsValueFen != amounts.partsFen
                            ? tr("Parts used are worth %1; the warranty pays the difference.").arg(FeeText::yuan(amounts.partsValueFen))
                            : QString());
    } else if (const auto& estimate = m_controller->estimate()) {
        amounts = estimate->amounts;
        m_feesTitle->setText(tr("If completed now"));
        if (!estimate->problemCode.isEmpty()) {
            m_note->setText(FeeText::noScheduleText(TicketText::serviceTypeName(estimate->problemServiceType),
                                                    estimate->problemCategoryName));
            m_note->setStyleSheet(QStringLiteral("color: #c62828;"));
        } else {
            m_note->setText(tr("Computed automatically when the order is completed."));
        }
    } else {
        m_feesTitle->setText(tr("No fees for this kind of order"));
        m_note->clear();
    }
    const bool any = m_controller->fee() || m_controller->estimate();
    m_labour->setText(any ? FeeText::yuan(amounts.labourFen) : QStringLiteral("—"));
    m_travel->setText(any ? FeeText::yuan(amounts.travelFen) : QStringLiteral("—"));
    m_partsFee->setText(any ? FeeText::yuan(amounts.partsFen) : QStringLiteral("—"));
    m_total->setText(any ? FeeText::yuan(amounts.totalFen) : QStringLiteral("—"));
    m_note->setVisible(!m_note->text().isEmpty());
    updateButtons();
    emit summaryChanged(verdictSummary());
}

void TicketFeesBox::onFailed(const common::ErrorInfo& error)
{
    if (error.code == common::ErrorCode::Validation && !error.fields.isEmpty()) {
        static const QRegularExpression line(QStringLiteral("^parts\\[(\\d+)\\]\\.(\\w+)$"));
        QStringList lines;
        for (auto it = error.fields.cbegin(); it != error.fields.cend(); ++it) {
            const auto match = line.match(it.key());
            const QString problem = ErrorPresenter::fieldProblemText(it.value());
            lines.append(match.hasMatch() ? tr("Row %1, %2: %3").arg(match.captured(1).toInt() + 1).arg(columnOf(match.captured(2)), problem)
                                          : problem);
        }
        m_problems->setText(lines.join(QLatin1Char('\n')));
        m_problems->show();
        return;
    }
    ErrorPresenter::Handlers handlers;
    handlers.reload = [this] { emit ticketChanged(); };
    m_services.errors.present(error, this, handlers);
}

} // namespace csm::client::ui
