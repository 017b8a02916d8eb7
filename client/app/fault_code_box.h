#pragma once
// The fault code of an order as a choice: an editable combo box listing "E1 — 室内温度传感器故障"
// for the codes of the product's category, completing on code or name as the user types. Without
// a catalogue (no product, or a category without codes) it takes free text; the server checks.
#include "common/model/ticket_case.h"

#include <QComboBox>

namespace csm::client::ui {

class FaultCodeBox : public QComboBox {
    Q_OBJECT
public:
    explicit FaultCodeBox(QWidget* parent = nullptr);

    // Replaces the choices, keeping the code entered so far.
    void setCodes(const QList<common::FaultCode>& codes);
    bool hasCodes() const { return count() > 1; }
    // The code: the chosen item's, the code at the start of the text ("E1 — …" or "E1"), else
    // the text as typed (trimmed).
    QString code() const;
    void setCode(const QString& code);
};

} // namespace csm::client::ui
