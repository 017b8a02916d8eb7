#pragma once
// Add or edit one of a customer's products: a model picker (product.model.list, type to
// filter), serial number, purchase and install dates (today by default; "Unknown" at the
// bottom of the range), dealer and note, with a live preview of the warranty end. The shared
// field rules run before sending; the server's field problems show under their fields. The
// dialog collects input only: `submitted` carries the fields, the pane sends them.
#include "common/model/customer_product.h"

#include <QCborMap>
#include <QDialog>
#include <QList>
#include <QMap>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace csm::client::ui {

class FieldErrors;

class ProductDialog : public QDialog {
    Q_OBJECT
public:
    // `models`: the active models of the catalogue.
    ProductDialog(const QList<common::ProductModel>& models, QWidget* parent = nullptr);

    // Edit mode: the fields of `product`; only changed fields are submitted.
    void setProduct(const common::CustomerProduct& product);
    bool isEditing() const { return m_original.id != 0; }
    const common::CustomerProduct& original() const { return m_original; }

    // The fields as customer.product.add / update take them (all of them, also when editing).
    QCborMap fields() const;
    // Field → problem (the server's wording); shown under the fields, the rest in a line below.
    void showProblems(const QMap<QString, QString>& problems);
    void setBusy(bool busy);

    QComboBox* modelBox() const { return m_model; }
    QLineEdit* serialEdit() const { return m_serial; }
    QDateEdit* purchaseEdit() const { return m_purchase; }
    QDateEdit* installEdit() const { return m_install; }
    QLineEdit* dealerEdit() const { return m_dealer; }
    QPushButton* saveButton() const { return m_save; }
    QString problemFor(const QString& field) const;

signals:
    void submitted(const QCborMap& fields);

private:
    QWidget* field(QWidget* editor, const QString& key);
    void addModelItem(const common::ProductModel& model, bool retired);
    // The model the picker's text names; 0 when it names none.
    qint64 chosenModelId() const;
    int warrantyMonthsOf(qint64 modelId) const;
    void updatePreview();
    void trySubmit();

    QList<common::ProductModel> m_models;
    common::CustomerProduct m_original;
    QComboBox* m_model;
    QLineEdit* m_serial;
    QDateEdit* m_purchase;
    QDateEdit* m_install;
    QLineEdit* m_dealer;
    QPlainTextEdit* m_note;
    QLabel* m_preview;
    QLabel* m_general;
    QPushButton* m_save;
    FieldErrors* m_errors;
    bool m_installTouched = false;
};

} // namespace csm::client::ui
