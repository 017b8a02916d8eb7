#include "client/app/workflow_flow_panel.h"

#include "client/core/workflow_text.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

namespace csm::client::ui {

namespace {
QPixmap swatch(const QColor& fill, int kind)
{
    QPixmap pixmap(30, 18);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x55, 0x5b, 0x66), kind == 1 ? 2.2 : 1.2));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(2, 2, 26, 14), 4, 4);
    if (kind == 2) {
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(5, 5, 20, 8), 2, 2);
    }
    return pixmap;
}

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
} // namespace

WorkflowFlowPanel::WorkflowFlowPanel(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_info(new QLabel(this))
{
    setObjectName(QStringLiteral("workflowFlowPanel"));
    m_name->setObjectName(QStringLiteral("workflowNameEdit"));
    m_name->setMaxLength(100);
    m_info->setObjectName(QStringLiteral("workflowInfoLabel"));
    m_info->setTextFormat(Qt::PlainText);
    m_info->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Workflow &name:"), m_name);

    auto* legend = new QGroupBox(tr("Legend"), this);
    auto* grid = new QGridLayout(legend);
    int row = 0;
    for (const QString& category : common::workflowStateCategories()) {
        auto* icon = new QLabel(legend);
        icon->setPixmap(swatch(QColor(WorkflowText::categoryColor(category)), 0));
        grid->addWidget(icon, row / 2, (row % 2) * 2);
        grid->addWidget(plainLabel(WorkflowText::categoryName(category), legend), row / 2, (row % 2) * 2 + 1);
        ++row;
    }
    row = (row + 1) / 2;
    auto* start = new QLabel(legend);
    start->setPixmap(swatch(QColor(WorkflowText::categoryColor(QStringLiteral("new"))), 1));
    grid->addWidget(start, row, 0);
    grid->addWidget(plainLabel(tr("Start state (●→, thick border)"), legend), row, 1, 1, 3);
    auto* end = new QLabel(legend);
    end->setPixmap(swatch(QColor(WorkflowText::categoryColor(QStringLiteral("closed"))), 2));
    grid->addWidget(end, row + 1, 0);
    grid->addWidget(plainLabel(tr("End state (double border)"), legend), row + 1, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto* hints = plainLabel(tr("Drag a state to move it. Drag from the dot on its right edge (or Shift+drag) to another "
                                "state to add a transition. Double-click a state or transition to rename it, the empty "
                                "canvas to add a state. Delete removes the selection. Ctrl+wheel zooms."),
                             this);
    hints->setObjectName(QStringLiteral("workflowHints"));
    QPalette palette = hints->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Disabled, QPalette::WindowText));
    hints->setPalette(palette);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_info);
    layout->addWidget(legend);
    layout->addWidget(hints);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::editingFinished, this, [this] { emit nameEdited(m_name->text().trimmed()); });
}

void WorkflowFlowPanel::setName(const QString& name)
{
    if (m_name->text() != name)
        m_name->setText(name);
}

void WorkflowFlowPanel::setInfo(const QString& text)
{
    m_info->setText(text);
}

} // namespace csm::client::ui
