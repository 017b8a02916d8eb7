#include "client/app/add_to_group_dialog.h"

#include "client/core/group_list_model.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace csm::client::ui {

AddToGroupDialog::AddToGroupDialog(const GroupListModel& groups, int customerCount, QWidget* parent)
    : QDialog(parent)
    , m_groups(new QComboBox(this))
{
    setObjectName(QStringLiteral("addToGroupDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Add to group"));
    m_groups->setObjectName(QStringLiteral("targetGroupBox"));
    QList<const common::CustomerGroup*> lists;
    for (int row = 0; row < groups.rowCount(); ++row) {
        if (groups.groupAt(row).kind == common::GroupKind::Static)
            lists.append(&groups.groupAt(row));
    }
    std::sort(lists.begin(), lists.end(), [](const auto* a, const auto* b) {
        return a->name.localeAwareCompare(b->name) < 0;
    });
    for (const common::CustomerGroup* group : lists) {
        m_groups->addItem(tr("%1 (%Ln customer(s))", nullptr, int(group->memberCount)).arg(group->name), group->id);
    }

    auto* intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setText(lists.isEmpty()
                       ? tr("There is no static list yet. Create one in the Customer groups workspace first.")
                       : tr("Add %n customer(s) to this static list:", nullptr, customerCount));
    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("addButton"));
    m_ok->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_ok->setEnabled(!lists.isEmpty());
    m_groups->setVisible(!lists.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (chosenGroup() > 0) {
            emit chosen(chosenGroup());
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_groups);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

qint64 AddToGroupDialog::chosenGroup() const
{
    return m_groups->currentData().toLongLong();
}

} // namespace csm::client::ui
