#pragma once
// The exception handlers and services throw to answer with an error reply.
#include "common/protocol/message.h"

#include <exception>
#include <string>

namespace csm::server {

class ApiError : public std::exception {
public:
    ApiError(common::ErrorCode code, QString message, QMap<QString, QString> fields = {});

    const common::ErrorInfo& info() const { return m_info; }
    const char* what() const noexcept override { return m_what.c_str(); }

    static ApiError badRequest(const QString& message);
    static ApiError validation(const QString& field, const QString& problem);
    static ApiError validation(QMap<QString, QString> fields);
    static ApiError notFound(const QString& what);
    static ApiError conflict(const QString& message);
    static ApiError permissionDenied(const QString& message);
    static ApiError unauthenticated(const QString& message);

private:
    common::ErrorInfo m_info;
    std::string m_what;
};

} // namespace csm::server
