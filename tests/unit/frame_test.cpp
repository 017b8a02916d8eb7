#include "common/protocol/frame.h"
#include "common/protocol/message.h"
#include "common/protocol/op_catalogue.h"

#include <QCborArray>
#include <QRegularExpression>
#include <QtEndian>

#include <gtest/gtest.h>

#include <set>

using namespace csm::common;

namespace {
QByteArray header(quint32 length)
{
    QByteArray bytes(4, '\0');
    qToBigEndian<quint32>(length, bytes.data());
    return bytes;
}

QCborMap sampleRequest()
{
    Request request;
    request.id = 7;
    request.op = QStringLiteral("customer.search");
    request.args.insert(QStringLiteral("name"), QStringLiteral("张三"));
    request.idempotencyKey = QStringLiteral("k-1");
    return request.toCbor();
}
} // namespace

TEST(Frame, RoundTripsOneMessage)
{
    FrameReader reader;
    reader.append(encodeFrame(sampleRequest()));
    QCborMap message;
    QString error;
    ASSERT_EQ(reader.next(message, error), FrameReader::Status::Frame);
    const auto request = Request::fromCbor(message, error);
    ASSERT_TRUE(request.has_value());
    EXPECT_EQ(request->id, 7);
    EXPECT_EQ(request->op, QStringLiteral("customer.search"));
    EXPECT_EQ(request->args.value(QStringLiteral("name")).toString(), QStringLiteral("张三"));
    EXPECT_EQ(request->idempotencyKey, QStringLiteral("k-1"));
    EXPECT_EQ(reader.next(message, error), FrameReader::Status::NeedMore);
}

TEST(Frame, ReassemblesFramesSplitAtEveryByte)
{
    const QByteArray stream = encodeFrame(sampleRequest()) + encodeFrame(sampleRequest());
    FrameReader reader;
    int frames = 0;
    for (const char byte : stream) {
        reader.append(QByteArray(1, byte));
        QCborMap message;
        QString error;
        while (reader.next(message, error) == FrameReader::Status::Frame)
            ++frames;
    }
    EXPECT_EQ(frames, 2);
}

TEST(Frame, RejectsOversizedFrameFromHeaderAlone)
{
    FrameReader reader(1024);
    reader.append(header(1025));   // no body sent: the cap is checked before waiting for it
    QCborMap message;
    QString error;
    EXPECT_EQ(reader.next(message, error), FrameReader::Status::Error);
    EXPECT_TRUE(error.contains(QStringLiteral("exceeds")));
}

TEST(Frame, RejectsHugeLengthWithoutAllocating)
{
    FrameReader reader;
    reader.append(header(0xFFFFFFFFu));
    QCborMap message;
    QString error;
    EXPECT_EQ(reader.next(message, error), FrameReader::Status::Error);
    EXPECT_LT(reader.bufferedBytes(), 16);
}

TEST(Frame, RejectsEmptyFrame)
{
    FrameReader reader;
    reader.append(header(0));
    QCborMap message;
    QString error;
    EXPECT_EQ(reader.next(message, error), FrameReader::Status::Error);
}

TEST(Frame, RejectsInvalidCbor)
{
    FrameReader reader;
    const QByteArray body("\xff\xff\xff", 3);
    reader.append(header(static_cast<quint32>(body.size())) + body);
    QCborMap message;
    QString error;
    EXPECT_EQ(reader.next(message, error), FrameReader::Status::Error);
    EXPECT_TRUE(error.contains(QStringLiteral("CBOR")));
}

TEST(Frame, RejectsNonMapAndTrailingBytes)
{
    {
        FrameReader reader;
        const QByteArray body = QCborValue(QCborArray{1, 2}).toCbor();
        reader.append(header(static_cast<quint32>(body.size())) + body);
        QCborMap message;
        QString error;
        EXPECT_EQ(reader.next(message, error), FrameReader::Status::Error);
    }
    {
        FrameReader reader;
        const QByteArray body = QCborValue(QCborMap{}).toCbor() + QByteArray(1, '\x01');
        reader.append(header(static_cast<quint32>(body.size())) + body);
        QCborMap message;
        QString error;
        EXPECT_EQ(reader.next(message, error), FrameReader::Status::Error);
    }
}

TEST(Frame, TruncatedFrameWaitsForMore)
{
    const QByteArray frame = encodeFrame(sampleRequest());
    FrameReader reader;
    reader.append(frame.left(frame.size() - 1));
    QCborMap message;
    QString error;
    EXPECT_EQ(reader.next(message, error), FrameReader::Status::NeedMore);
}

TEST(Message, RequestNeedsIntegerIdAndStringOp)
{
    QString error;
    EXPECT_FALSE(Request::fromCbor(QCborMap{{QStringLiteral("id"), QStringLiteral("x")}, {QStringLiteral("op"), QStringLiteral("a")}}, error));
    EXPECT_FALSE(Request::fromCbor(QCborMap{{QStringLiteral("id"), 1}}, error));
    EXPECT_FALSE(Request::fromCbor(QCborMap{{QStringLiteral("id"), 1}, {QStringLiteral("op"), QStringLiteral("a")},
                                            {QStringLiteral("args"), 5}}, error));
    EXPECT_TRUE(Request::fromCbor(QCborMap{{QStringLiteral("id"), 1}, {QStringLiteral("op"), QStringLiteral("a")}}, error));
}

TEST(Message, ErrorResponseRoundTrips)
{
    ErrorInfo info;
    info.code = ErrorCode::Validation;
    info.message = QStringLiteral("name: is required");
    info.fields.insert(QStringLiteral("name"), QStringLiteral("is required"));
    const Response response = Response::failure(9, info);
    QString error;
    const auto decoded = Response::fromCbor(response.toCbor(), error);
    ASSERT_TRUE(decoded);
    EXPECT_FALSE(decoded->ok);
    EXPECT_EQ(decoded->error.code, ErrorCode::Validation);
    EXPECT_EQ(decoded->error.fields.value(QStringLiteral("name")), QStringLiteral("is required"));
}

TEST(Message, ErrorCodeNamesAreStable)
{
    EXPECT_EQ(errorCodeName(ErrorCode::PermissionDenied), QStringLiteral("permission_denied"));
    EXPECT_EQ(errorCodeFromName(QStringLiteral("rate_limited")), ErrorCode::RateLimited);
    EXPECT_EQ(errorCodeFromName(QStringLiteral("nonsense")), ErrorCode::Internal);
}

TEST(OpCatalogue, NamesAreUniqueAndWellFormed)
{
    std::set<std::string> names;
    for (const OpInfo& op : opCatalogue()) {
        EXPECT_TRUE(names.insert(op.name).second) << op.name;
        EXPECT_TRUE(QString::fromLatin1(op.name).contains(QRegularExpression(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$"))))
            << op.name;
        EXPECT_GE(op.since, 1);
        EXPECT_EQ(findOp(QString::fromLatin1(op.name))->id, op.id);
    }
    EXPECT_FALSE(findOp(QStringLiteral("no.such.op")));
}
