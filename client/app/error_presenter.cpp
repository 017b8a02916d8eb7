#include "client/app/error_presenter.h"

#include "client/app/field_errors.h"

#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>

namespace csm::client::ui {

using common::ErrorCode;

ErrorPresenter::ErrorPresenter(QObject* parent)
    : QObject(parent)
{
}

QString ErrorPresenter::codeText(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadRequest: return tr("The server did not understand the request.");
    case ErrorCode::Unauthenticated: return tr("You are not signed in, or your session has ended.");
    case ErrorCode::PermissionDenied: return tr("You do not have permission to do this.");
    case ErrorCode::NotFound: return tr("The record was not found. It may have been removed or is outside your area.");
    case ErrorCode::Validation: return tr("Some fields need to be corrected.");
    case ErrorCode::Conflict: return tr("Someone else changed this record in the meantime.");
    case ErrorCode::Busy: return tr("The server is busy or did not answer in time. Please try again.");
    case ErrorCode::RateLimited: return tr("Too many attempts. Please wait a moment and try again.");
    case ErrorCode::UnsupportedVersion: return tr("This client is too old for the server. Please update it.");
    case ErrorCode::Internal: break;
    }
    return tr("Something went wrong on the server.");
}

QString ErrorPresenter::describe(const common::ErrorInfo& error)
{
    const QString sentence = codeText(error.code);
    if (error.message.isEmpty())
        return sentence;
    return tr("%1\n(%2)").arg(sentence, error.message);
}

QString ErrorPresenter::fieldProblemText(const QString& problem)
{
    // The shared field rules (common/model, server/rpc/args) word their problems in English;
    // the frequent ones are translated here, anything else shows as sent.
    struct Pattern {
        const char* regex;
        const char* text;
    };
    static const Pattern patterns[] = {
        {"^is required$", QT_TR_NOOP("This field is required.")},
        {"^must be at most (\\d+) characters$", QT_TR_NOOP("At most %1 characters.")},
        {"^at least one phone number is required$", QT_TR_NOOP("Enter at least one phone number.")},
        {"^at most (\\d+) phone numbers$", QT_TR_NOOP("At most %1 phone numbers.")},
        {"^'(.*)' is not a valid phone number$", QT_TR_NOOP("\"%1\" is not a valid phone number.")},
        {"^is not a valid phone number$", QT_TR_NOOP("Not a valid phone number.")},
        {"^is not a valid ID number \\(GB 11643\\)$", QT_TR_NOOP("Not a valid ID number (GB 11643 checksum).")},
        {"^is not a valid email address$", QT_TR_NOOP("Not a valid email address.")},
        {"^must be male, female or empty$", QT_TR_NOOP("Choose male, female or leave it empty.")},
        {"^must be a past date YYYY-MM-DD$", QT_TR_NOOP("Must be a date in the past.")},
        {"^must be a whole number from 0 to 9$", QT_TR_NOOP("A whole number from 0 to 9.")},
        {"^must be a 6-digit region code$", QT_TR_NOOP("Not a valid region.")},
        {"^at most (\\d+) tags$", QT_TR_NOOP("At most %1 tags.")},
        {"^each tag must be 1 to (\\d+) characters$", QT_TR_NOOP("Each tag must be 1 to %1 characters.")},
        {"^is required with a district$", QT_TR_NOOP("Choose the city of the district.")},
        {"^is required with a city$", QT_TR_NOOP("Choose the province of the city.")},
        {"^province, city and district do not match the region tree$",
         QT_TR_NOOP("Province, city and district do not belong together.")},
        {"^needs at least 2 characters$", QT_TR_NOOP("Type at least 2 characters.")},
        {"^is already taken$", QT_TR_NOOP("This is already taken.")},
        {"^username '(.*)' is already taken$", QT_TR_NOOP("The username \"%1\" is already taken.")},
        {"^extension (.*) is already assigned to another user$",
         QT_TR_NOOP("Extension %1 is already assigned to another user.")},
        {"^must be 2 to 8 digits$", QT_TR_NOOP("2 to 8 digits.")},
        {"^must be 2 to 32 of a-z, 0-9, '_', '.', '-'$",
         QT_TR_NOOP("2 to 32 characters: lowercase letters, digits, '_', '.', '-'.")},
        {"^needs at least one role$", QT_TR_NOOP("Choose at least one role.")},
        {"^you cannot deactivate yourself$", QT_TR_NOOP("You cannot deactivate yourself.")},
        {"^must not contain control characters$", QT_TR_NOOP("Must not contain control characters.")},
        {"^choose a product model$", QT_TR_NOOP("Choose a model from the list.")},
        {"^is not a model of the catalogue$", QT_TR_NOOP("This model is not in the catalogue.")},
        {"^is no longer sold$", QT_TR_NOOP("This model is no longer sold: choose a current one.")},
        {"^must be 1 to (\\d+) letters, digits or / _ \\. -$",
         QT_TR_NOOP("1 to %1 characters: letters, digits or / _ . -")},
        {"^is already recorded for another product of this model$",
         QT_TR_NOOP("Another product of this model already has this serial number.")},
        {"^must be a date YYYY-MM-DD$", QT_TR_NOOP("Not a valid date.")},
        {"^must not be in the future$", QT_TR_NOOP("Must not be in the future.")},
        {"^must not be before the purchase date$", QT_TR_NOOP("Must not be before the purchase date.")},
        {"^is not a serial number \\(letters, digits, / _ \\. -\\)$",
         QT_TR_NOOP("Not a serial number: letters, digits and / _ . - only.")},
        // Custom fields: their values and their definitions.
        {"^is not an active custom field$", QT_TR_NOOP("This field is no longer in use; reload the customer.")},
        {"^must be text$", QT_TR_NOOP("Enter text.")},
        {"^must be a number$", QT_TR_NOOP("Enter a number.")},
        {"^must be a whole number$", QT_TR_NOOP("Enter a whole number.")},
        {"^must have at most (\\d+) decimal places$", QT_TR_NOOP("At most %1 decimal places.")},
        {"^must be at least (-?[0-9.]+)$", QT_TR_NOOP("At least %1.")},
        {"^must be at most (-?[0-9.]+)$", QT_TR_NOOP("At most %1.")},
        {"^must be a number between -1000000000000 and 1000000000000$",
         QT_TR_NOOP("Enter a number smaller than 1,000,000,000,000 in size.")},
        {"^must be a date YYYY-MM-DD$", QT_TR_NOOP("Enter a date (YYYY-MM-DD).")},
        {"^must be on or after (.+)$", QT_TR_NOOP("Not before %1.")},
        {"^must be on or before (.+)$", QT_TR_NOOP("Not after %1.")},
        {"^is not one of the choices$", QT_TR_NOOP("Choose one of the listed values.")},
        {"^cannot be changed$", QT_TR_NOOP("This cannot be changed.")},
        {"^cannot be changed: customers hold values of this field$",
         QT_TR_NOOP("Customers hold values of this field, so its type cannot change.")},
        {"^option '(.*)' is in use by customers and cannot be removed$",
         QT_TR_NOOP("The option \"%1\" is in use by customers and cannot be removed.")},
        {"^must be 1 to 30 of a-z, 0-9, '_', starting with a letter$",
         QT_TR_NOOP("1 to 30 characters: lowercase letters, digits, '_', starting with a letter.")},
        {"^must be text, number, date or choice$", QT_TR_NOOP("Choose text, number, date or choice.")},
        {"^a choice field needs at least one option$", QT_TR_NOOP("Add at least one option.")},
        {"^at most (\\d+) options$", QT_TR_NOOP("At most %1 options.")},
        {"^each option needs a value of 1 to (\\d+) characters$",
         QT_TR_NOOP("Each option needs a value of 1 to %1 characters.")},
        {"^each option needs an English and a Chinese label of at most (\\d+) characters$",
         QT_TR_NOOP("Each option needs an English and a Chinese label of at most %1 characters.")},
        {"^option '(.*)' is listed twice$", QT_TR_NOOP("The option value \"%1\" is listed twice.")},
        {"^must be a whole number from (-?\\d+) to (\\d+)$", QT_TR_NOOP("A whole number from %1 to %2.")},
        {"^must not be less than the minimum$", QT_TR_NOOP("Must not be less than the minimum.")},
        {"^must not be before the minimum$", QT_TR_NOOP("Must not be before the earliest date.")},
        {"^must be true or false$", QT_TR_NOOP("Choose yes or no.")},
        // Fault codes, SLA policies and SMS templates (Administration).
        {"^must be 1.20 letters, digits, '\\.', '_' or '-' \\(e\\.g\\. E1, F3\\)$",
         QT_TR_NOOP("1 to 20 letters, digits, '.', '_' or '-' (e.g. E1, F3).")},
        {"^must not be less than response_minutes$", QT_TR_NOOP("Must not be shorter than the response time.")},
        {"^must not be less than on_site_minutes$", QT_TR_NOOP("Must not be shorter than the on-site time.")},
        {"^uses the unknown placeholder \\{([^}]*)\\}; placeholders are (.*)$",
         QT_TR_NOOP("Unknown placeholder {%1}. The placeholders are %2.")},
        {"^has a '\\{' without a '\\}' after it; placeholders are (.*)$",
         QT_TR_NOOP("A '{' without its '}'. The placeholders are %1.")},
        {"^has a '\\}' without a '\\{' before it; placeholders are (.*)$",
         QT_TR_NOOP("A '}' without its '{'. The placeholders are %1.")},
        {"^must be 1.40 lower-case letters, digits or '_' in parts separated by '\\.' \\(e\\.g\\. ticket\\.completed\\)$",
         QT_TR_NOOP("1 to 40 lowercase letters, digits or '_', in parts separated by '.' (e.g. ticket.completed).")},
    };
    for (const Pattern& pattern : patterns) {
        const QRegularExpression regex(QString::fromLatin1(pattern.regex));
        const auto match = regex.match(problem);
        if (!match.hasMatch())
            continue;
        QString text = tr(pattern.text);
        for (int capture = 1; capture <= match.lastCapturedIndex(); ++capture)
            text = text.arg(match.captured(capture));
        return text;
    }
    return problem;
}

void ErrorPresenter::showTransient(const QString& text, int milliseconds)
{
    if (m_statusBar)
        m_statusBar->showMessage(text, milliseconds);
}

void ErrorPresenter::showMessageBox(QWidget* parent, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorMessageBox"));
    m_lastBox = box;
    box->open();
}

void ErrorPresenter::askConflict(const common::ErrorInfo& error, QWidget* parent, const Handlers& handlers)
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Changed by someone else"),
                                tr("Someone else saved this record while you were editing it.\n\n"
                                   "Reload: discard your changes and show the current version.\n"
                                   "Overwrite: apply your changes on top of the current version."),
                                QMessageBox::NoButton, parent);
    box->setTextFormat(Qt::PlainText);
    box->setDetailedText(error.message);
    box->setObjectName(QStringLiteral("conflictMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* reload = box->addButton(tr("Reload"), QMessageBox::DestructiveRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    QPushButton* overwrite = box->addButton(tr("Overwrite"), QMessageBox::AcceptRole);
    overwrite->setObjectName(QStringLiteral("overwriteButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [handlers, reload, overwrite](QAbstractButton* button) {
        if (button == reload && handlers.reload)
            handlers.reload();
        else if (button == overwrite && handlers.overwrite)
            handlers.overwrite();
    });
    m_lastBox = box;
    box->open();
}

void ErrorPresenter::present(const common::ErrorInfo& error, QWidget* parent, const Handlers& handlers)
{
    switch (error.code) {
    case ErrorCode::Validation:
    case ErrorCode::Conflict:
        if (!error.fields.isEmpty()) {
            QMap<QString, QString> shown = error.fields;
            if (handlers.fields) {
                shown = handlers.fields->show(error.fields);
                if (shown.isEmpty() || handlers.fields->hasGeneralLabel())
                    return;
            }
            QStringList lines;
            for (auto it = shown.cbegin(); it != shown.cend(); ++it)
                lines.append(tr("%1: %2").arg(FieldErrors::fieldLabel(it.key()), fieldProblemText(it.value())));
            showMessageBox(parent, tr("Please correct"),
                           codeText(error.code) + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
            return;
        }
        if (error.code == ErrorCode::Conflict && (handlers.reload || handlers.overwrite)) {
            askConflict(error, parent, handlers);
            return;
        }
        break;
    case ErrorCode::Unauthenticated:
        showTransient(codeText(error.code));
        emit reloginRequested();
        return;
    case ErrorCode::Busy:
    case ErrorCode::RateLimited:
        showTransient(describe(error).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        if (m_statusBar)
            return;
        break;
    default:
        break;
    }
    showMessageBox(parent, tr("Error"), describe(error));
}

void ErrorPresenter::presentTelephoneError(const QString& action, const QString& message, QWidget* parent)
{
    QString what;
    if (action == QLatin1String("dial"))
        what = tr("The telephone system could not place the call.");
    else if (action == QLatin1String("answer"))
        what = tr("The telephone system could not answer the call.");
    else if (action == QLatin1String("hangup"))
        what = tr("The telephone system could not hang up the call.");
    else
        what = tr("The telephone system refused the action.");
    showMessageBox(parent, tr("Telephone"), message.isEmpty() ? what : tr("%1\n(%2)").arg(what, message));
}

} // namespace csm::client::ui
