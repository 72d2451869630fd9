// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/signingkey.h"
#include "sync/requestsignature.h"

#include <QTest>

using namespace jalon;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
const QByteArray Body = R"({"events":[]})";

} // namespace

class TestRequestSignature : public QObject
{
    Q_OBJECT

private:
    SigningKey m_key = SigningKey::generate();

    QByteArray signedHeader(const QDateTime &at = Now,
                            const QByteArray &path = "/v1/events?after=3")
    {
        return RequestSignature::header(m_key, "POST", path, Body, at);
    }

private Q_SLOTS:
    void acceptsASignedRequestOnce()
    {
        RequestVerifier verifier;
        const QByteArray header = signedHeader();
        auto key = verifier.verify(header, "POST", "/v1/events?after=3", Body, Now.addSecs(2));
        QVERIFY2(key, qPrintable(key ? QString() : key.error().message()));
        QCOMPARE(*key, m_key.publicKey());
        auto again = verifier.verify(header, "POST", "/v1/events?after=3", Body, Now.addSecs(3));
        QVERIFY(!again);
        QVERIFY2(again.error().message().contains(QStringLiteral("replay")),
                 qPrintable(again.error().message()));
        // A new request, even identical in content and in the same second, has its own nonce.
        QVERIFY(
            verifier.verify(signedHeader(), "POST", "/v1/events?after=3", Body, Now.addSecs(3)));
    }

    void refusesAnyChange_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("method") << QByteArray("GET") << QByteArray("/v1/events?after=3") << Body;
        QTest::newRow("path") << QByteArray("POST") << QByteArray("/v1/enroll") << Body;
        QTest::newRow("query") << QByteArray("POST") << QByteArray("/v1/events?after=0") << Body;
        QTest::newRow("body") << QByteArray("POST") << QByteArray("/v1/events?after=3")
                              << QByteArray(R"({"events":[1]})");
    }

    void refusesAnyChange()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        RequestVerifier verifier;
        auto refused = verifier.verify(signedHeader(), method, path, body, Now);
        QVERIFY(!refused);
        QVERIFY(refused.error().message().contains(QStringLiteral("signature does not match")));
    }

    // RFC 3986 §6.2.2: however a client percent-encodes, the same target is signed.
    void theTargetIsSignedInItsNormalForm_data()
    {
        QTest::addColumn<QByteArray>("sent");
        QTest::addColumn<QByteArray>("normal");
        QTest::newRow("unreserved decoded") << QByteArray("/v1/events?after=%2D1&limit=%32%30")
                                            << QByteArray("/v1/events?after=-1&limit=20");
        QTest::newRow("letters, dot, tilde, underscore")
            << QByteArray("/v1/%70roof/a%2Eb%7Ec%5F") << QByteArray("/v1/proof/a.b~c_");
        QTest::newRow("reserved kept, hex upper-cased")
            << QByteArray("/v1/x?a=%2f%3d%2B") << QByteArray("/v1/x?a=%2F%3D%2B");
        QTest::newRow("a stray percent kept")
            << QByteArray("/v1/x?a=%4&b=%") << QByteArray("/v1/x?a=%4&b=%");
        QTest::newRow("nothing to do")
            << QByteArray("/v1/events?after=12") << QByteArray("/v1/events?after=12");
    }

    void theTargetIsSignedInItsNormalForm()
    {
        QFETCH(QByteArray, sent);
        QFETCH(QByteArray, normal);
        QCOMPARE(RequestSignature::normalizedTarget(sent), normal);
        const SigningKey key = SigningKey::generate();
        RequestVerifier verifier;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(verifier.verify(RequestSignature::header(key, "GET", sent, {}, now), "GET", normal,
                                {}, now));
        QVERIFY(verifier.verify(RequestSignature::header(key, "GET", normal, {}, now), "GET", sent,
                                {}, now));
        // An encoded reserved character is not the character itself.
        QVERIFY(!verifier.verify(RequestSignature::header(key, "GET", "/v1/x?a=%2F", {}, now),
                                 "GET", "/v1/x?a=/", {}, now));
    }

    void refusesOutsideTheWindow()
    {
        RequestVerifier verifier;
        QVERIFY(verifier.verify(signedHeader(Now.addSecs(-300)), "POST", "/v1/events?after=3", Body,
                                Now));
        auto late = verifier.verify(signedHeader(Now.addSecs(-301)), "POST", "/v1/events?after=3",
                                    Body, Now);
        QVERIFY(!late);
        QVERIFY(late.error().message().contains(QStringLiteral("5 minutes")));
        QVERIFY(!verifier.verify(signedHeader(Now.addSecs(301)), "POST", "/v1/events?after=3", Body,
                                 Now));
    }

    void refusesAnotherKeysSignature()
    {
        const SigningKey other = SigningKey::generate();
        QByteArray header = signedHeader();
        // Same signature, presented as another device's.
        const QByteArray forged
            = header.replace(header.indexOf("key=") + 4, 43,
                             RequestSignature::header(other, "POST", "/", {}, Now).mid(18, 43));
        RequestVerifier verifier;
        QVERIFY(!verifier.verify(forged, "POST", "/v1/events?after=3", Body, Now));
    }

    void refusesMalformedHeaders_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("other scheme") << QByteArray("Bearer abc");
        QTest::newRow("no signature") << QByteArray("Jalon-Ed25519 key=AAAA, ts=1");
        QTest::newRow("bad key") << QByteArray("Jalon-Ed25519 key=!!, ts=1, sig=AAAA");
        QTest::newRow("bad time") << signedHeader().replace("ts=", "ts=x");
        QTest::newRow("bad nonce") << signedHeader().replace("nonce=", "nonce=AA");
        QTest::newRow("no nonce") << signedHeader().replace(", nonce=", ", x");
        QTest::newRow("unknown field") << signedHeader() + ", extra=1";
        QTest::newRow("garbage") << QByteArray("Jalon-Ed25519 ,,,");
    }

    void refusesMalformedHeaders()
    {
        QFETCH(QByteArray, header);
        RequestVerifier verifier;
        auto refused = verifier.verify(header, "POST", "/v1/events?after=3", Body, Now);
        QVERIFY(!refused);
        QVERIFY(!refused.error().problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRequestSignature)
#include "tst_requestsignature.moc"
