#include "client/app/fault_code_box.h"

#include "common/model/ticket.h"

#include <QCompleter>
#include <QLineEdit>

namespace csm::client::ui {

namespace {
const QString kSeparator = QStringLiteral(" — ");
}

FaultCodeBox::FaultCodeBox(QWidget* parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(15);
    lineEdit()->setMaxLength(common::kTicketFaultCodeMax + 2 * common::kFaultCodeNameMax);
    lineEdit()->setPlaceholderText(tr("Code, or type to search the codes"));
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    addItem(QString(), QString());
}

void FaultCodeBox::setCodes(const QList<common::FaultCode>& codes)
{
    const QString kept = code();
    clear();
    addItem(QString(), QString());
    for (const common::FaultCode& faultCode : codes) {
        addItem(faultCode.code + kSeparator + faultCode.name, faultCode.code);
        setItemData(count() - 1, faultCode.categoryName, Qt::ToolTipRole);
    }
    lineEdit()->setPlaceholderText(codes.isEmpty() ? tr("Fault code (no list for this product)")
                                                   : tr("Code, or type to search the codes"));
    setCode(kept);
}

QString FaultCodeBox::code() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return {};
    const int index = findText(text);
    if (index > 0)
        return itemData(index).toString();
    const int separator = text.indexOf(kSeparator);
    const QString head = separator > 0 ? text.left(separator).trimmed() : text;
    for (int i = 1; i < count(); ++i)
        if (itemData(i).toString() == head)
            return head;
    return text;
}

void FaultCodeBox::setCode(const QString& code)
{
    const int index = code.isEmpty() ? 0 : findData(code);
    if (index >= 0) {
        setCurrentIndex(index);
        setEditText(itemText(index));
    } else {
        setCurrentIndex(-1);
        setEditText(code);
    }
}

} // namespace csm::client::ui
