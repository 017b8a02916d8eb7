#pragma once
// Field-level problems on a form: the editor gets a red border, the message shows in a
// plain-text label under it. Problems for fields the form does not know go to a general
// label (or are returned to the caller).
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <QLabel>


namespace csm::client::ui {

class FieldErrors : public QObject {
    Q_OBJECT
public:
    explicit FieldErrors(QObject* parent = nullptr);

    // `key` as the server names the field ("name", "phones", "address.detail").
    void addField(const QString& key, QWidget* editor, QLabel* message);
    // The editor with a message label under it, in a new widget of `parent`, registered as the
    // field `key` (the label is named "<key>Error"); returns the widget to put in the form.
    QWidget* addFieldBox(const QString& key, QWidget* editor, QWidget* parent);
    // Another key that shows on an existing field ("address" → "address.detail").
    void addAlias(const QString& key, const QString& field);
    // Where problems of unknown fields go (may be null).
    void setGeneralLabel(QLabel* label) { m_general = label; }
    bool hasGeneralLabel() const { return !m_general.isNull(); }

    // Shows the problems (replacing earlier ones) and focuses the first marked editor.
    // Returns the problems no field took (also shown in the general label when set).
    QMap<QString, QString> show(const QMap<QString, QString>& problems);
    void clear();
    bool hasProblems() const { return !m_marked.isEmpty(); }
    // The message currently shown for a field; empty when none.
    QString messageFor(const QString& key) const;

    // A human label of a field for messages ("Name", "Phones", …); the key when unknown.
    static QString fieldLabel(const QString& key);

private:
    struct Field {
        QPointer<QWidget> editor;
        QPointer<QLabel> message;
    };
    void mark(Field& field, const QString& text);

    QHash<QString, Field> m_fields;
    QHash<QString, QString> m_aliases;
    QStringList m_marked;
    QPointer<QLabel> m_general;
};

} // namespace csm::client::ui
