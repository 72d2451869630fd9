// SPDX-License-Identifier: GPL-3.0-or-later
// Every page of the app, rendered at phone, tablet and desktop sizes into PNG files in
// the build folder (tests/qml/pages/), each checked for the faults a person would see: a
// blank page, controls or text cut off at the window's edges, words drawn over words or
// items laid over one another, controls without a name, and any QML warning on the way.
#include "appharness.h"
#include "qmlfixtures.h"

#include <QAccessible>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <utility>

using namespace jalon;

namespace {

struct Size
{
    const char *name;
    int width;
    int height;
};
constexpr Size Sizes[]
    = { { "phone", 360, 640 }, { "tablet", 1280, 800 }, { "desktop", 1920, 1080 } };
const QStringList Places { QStringLiteral("home"),    QStringLiteral("diagnostic"),
                           QStringLiteral("livret"),  QStringLiteral("carnet"),
                           QStringLiteral("journey"), QStringLiteral("certifications"),
                           QStringLiteral("settings") };

// Items whose content reaches past the window's left or right edge.
void collectClipped(QQuickItem *item, const QQuickWindow &window, QStringList &clipped)
{
    if (!item->isVisible() || item->opacity() == 0)
        return;
    const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    const bool meaningful = !item->objectName().isEmpty() || item->inherits("QQuickText")
        || item->inherits("QQuickControl");
    if (meaningful && box.width() > 0 && box.height() > 0
        && (box.left() < -1 || box.right() > window.width() + 1))
        clipped << QStringLiteral("%1 \"%2\" [%3, %4]")
                       .arg(QString::fromLatin1(item->metaObject()->className()),
                            item->objectName())
                       .arg(box.left())
                       .arg(box.right());
    // Text wider than its item, neither wrapped nor elided, is cut where the item ends.
    if (item->inherits("QQuickText") && item->property("wrapMode").toInt() == 0
        && item->property("elide").toInt() == Qt::ElideNone
        && item->property("contentWidth").toReal() > item->width() + 1
        && !item->property("text").toString().isEmpty())
        clipped << QStringLiteral("text \"%1\" wider than its box (%2 > %3)")
                       .arg(item->property("text").toString())
                       .arg(item->property("contentWidth").toReal())
                       .arg(item->width());
    // What a flickable scrolls sideways is not clipped, only out of view.
    if (item->inherits("QQuickFlickable")
        && item->property("contentWidth").toReal() > item->width() + 1)
        return;
    for (QQuickItem *child : item->childItems())
        collectClipped(child, window, clipped);
}

// Controls a screen reader cannot name (no text and no Accessible.name).
void collectUnnamed(QQuickItem *item, QStringList &unnamed)
{
    if (!item->isVisible())
        return;
    const bool control = item->inherits("QQuickAbstractButton") || item->inherits("QQuickTextField")
        || item->inherits("QQuickTextArea") || item->inherits("QQuickComboBox")
        || item->inherits("QQuickSlider");
    if (control && item->isEnabled()) {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(item);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 \"%2\"")
                           .arg(QString::fromLatin1(item->metaObject()->className()),
                                item->objectName());
    }
    for (QQuickItem *child : item->childItems())
        collectUnnamed(child, unnamed);
}

// French agreement slips in visible text: "1 activités", "0 prêts" (French counts 0 and 1
// as singular). Words that end in s in the singular are not slips.
void collectPluralSlips(QQuickItem *item, QStringList &slips)
{
    if (!item->isVisible())
        return;
    static const QRegularExpression slip(
        QStringLiteral("(?<![\\p{L}\\d,.])[01] "
                       "(?!(?:mois|fois|cas|temps|succès|accès|progrès|sur)\\b)(\\p{L}+s)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (item->inherits("QQuickText") || item->inherits("QQuickTextEdit")) {
        const QString text = item->property("text").toString();
        const QRegularExpressionMatch found = slip.match(text);
        if (found.hasMatch())
            slips << QStringLiteral("\"%1\" in \"%2\"").arg(found.captured(0), text.left(60));
    }
    for (QQuickItem *child : item->childItems())
        collectPluralSlips(child, slips);
}

// Words cut short with an ellipsis: a placeholder, a title or a column head a person cannot
// read in full anywhere else on the page.
void collectTruncated(QQuickItem *item, QStringList &truncated)
{
    // A row of a list may shorten its words: it opens them in full. A choice may not: its
    // words are all there is to read.
    if (!item->isVisible() || item->opacity() == 0
        || (item->inherits("QQuickItemDelegate") && !item->property("checkable").toBool()))
        return;
    if (item->inherits("QQuickText") && item->property("truncated").toBool())
        truncated << QStringLiteral("\"%1\" in %2 \"%3\"")
                         .arg(item->property("text").toString().left(60),
                              QString::fromLatin1(item->parentItem()->metaObject()->className()),
                              item->parentItem()->objectName());
    for (QQuickItem *child : item->childItems())
        collectTruncated(child, truncated);
}

// Scrolling areas that are not at their top: a page opens where its words begin.
void collectScrolled(QQuickItem *item, QStringList &scrolled)
{
    if (!item->isVisible())
        return;
    if (item->inherits("QQuickFlickable")) {
        const qreal down = item->property("contentY").toReal() - item->property("originY").toReal();
        if (down > 1)
            scrolled << QStringLiteral("%1 \"%2\" %3 px down")
                            .arg(QString::fromLatin1(item->metaObject()->className()),
                                 item->objectName())
                            .arg(down);
    }
    for (QQuickItem *child : item->childItems())
        collectScrolled(child, scrolled);
}

// What is drawn where a person reads or taps: text as painted (its content box inside the
// item's padding, placed by its alignment) and the indicators of check boxes and radio
// buttons, in scene coordinates, cut by the clipping items above them.
struct Ink
{
    QRectF box;
    QString what;
    bool indicator = false;
    const QQuickItem *layer = nullptr; ///< the open popup it is drawn in, above the page
};

QRectF paintedText(const QQuickItem *item)
{
    const qreal left = item->property("leftPadding").toReal();
    const qreal right = item->property("rightPadding").toReal();
    const qreal top = item->property("topPadding").toReal();
    const qreal bottom = item->property("bottomPadding").toReal();
    const qreal room = item->width() - left - right;
    const qreal height = item->height() - top - bottom;
    const qreal w = std::min(room, item->property("contentWidth").toReal());
    // Lines a layout gave too little height still draw, below the item, over what follows:
    // only a clipping item keeps them inside.
    const qreal content = item->property("contentHeight").toReal();
    const qreal h = item->clip() ? std::min(height, content) : content;
    const int horizontal = item->property("horizontalAlignment").toInt();
    const int vertical = item->property("verticalAlignment").toInt();
    const qreal x = left
        + (horizontal & Qt::AlignRight ? room - w
                                       : (horizontal & Qt::AlignHCenter ? (room - w) / 2 : 0));
    const qreal y = top
        + (vertical & Qt::AlignBottom ? height - h
                                      : (vertical & Qt::AlignVCenter ? (height - h) / 2 : 0));
    return QRectF(x, y, w, h);
}

void collectInk(QQuickItem *item, QRectF clip, const QQuickItem *layer, QList<Ink> &ink)
{
    if (!item->isVisible() || item->opacity() == 0)
        return;
    if (item->parentItem() && item->parentItem()->inherits("QQuickOverlay"))
        layer = item; // a popup's item, or the dimming behind a modal one
    const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    if (item->clip())
        clip = clip.intersected(box);
    if (clip.isEmpty())
        return;
    const bool text = item->inherits("QQuickText") || item->inherits("QQuickTextEdit")
        || item->inherits("QQuickTextInput");
    if (text && !item->property("text").toString().trimmed().isEmpty()) {
        const QRectF painted = item->mapRectToScene(paintedText(item)).intersected(clip);
        if (!painted.isEmpty())
            ink << Ink { painted,
                         QStringLiteral("\"%1\"").arg(item->property("text").toString().left(40)),
                         false, layer };
    }
    if (item->inherits("QQuickAbstractButton")) {
        auto *indicator = item->property("indicator").value<QQuickItem *>();
        if (indicator && indicator->isVisible() && indicator->opacity() > 0) {
            const QRectF painted
                = indicator->mapRectToScene(QRectF(0, 0, indicator->width(), indicator->height()))
                      .intersected(clip);
            if (!painted.isEmpty())
                ink << Ink { painted, QStringLiteral("the indicator of %1").arg(item->objectName()),
                             true, layer };
        }
    }
    for (QQuickItem *child : item->childItems())
        collectInk(child, clip, layer, ink);
}

// Text drawn over text, or a box drawn over text: a few pixels of touching lines are not an
// overlap, a word under a word is.
QStringList overlaps(QQuickWindow &window)
{
    QList<Ink> ink;
    collectInk(window.contentItem(), QRectF(0, 0, window.width(), window.height()), nullptr, ink);
    QStringList found;
    for (qsizetype i = 0; i < ink.size(); ++i) {
        for (qsizetype j = i + 1; j < ink.size(); ++j) {
            // A popup covers what is under it; two boxes side by side never hide a word.
            if (ink[i].layer != ink[j].layer || (ink[i].indicator && ink[j].indicator))
                continue;
            const QRectF both = ink[i].box.intersected(ink[j].box);
            if (both.width() > 3 && both.height() > 3)
                found << QStringLiteral("%1 over %2 at (%3, %4)")
                             .arg(ink[i].what, ink[j].what)
                             .arg(both.x())
                             .arg(both.y());
        }
    }
    return found;
}

// Items a layout or a positioner placed over one another: Qt 6.4 can leave a nested layout
// where it was first measured, so a wrapped title ends up under the bar that follows it.
void collectCrowded(QQuickItem *item, QStringList &crowded)
{
    if (!item->isVisible() || item->opacity() == 0)
        return;
    const bool arranges = (item->inherits("QQuickLayout") && !item->inherits("QQuickStackLayout"))
        || item->inherits("QQuickBasePositioner");
    if (arranges) {
        QList<QQuickItem *> placed;
        for (QQuickItem *child : item->childItems()) {
            if (child->isVisible() && child->width() > 0 && child->height() > 0)
                placed << child;
        }
        const bool layout = item->inherits("QQuickLayout");
        for (QQuickItem *child : std::as_const(placed)) {
            // A layout measured before its wrapped text: its children run past its bottom,
            // over whatever its own parent placed after it.
            if (layout && child->y() + child->height() > item->height() + 3)
                crowded << QStringLiteral("%1 \"%2\" runs %3 px past the bottom of %4 \"%5\"")
                               .arg(QString::fromLatin1(child->metaObject()->className()),
                                    child->objectName())
                               .arg(child->y() + child->height() - item->height())
                               .arg(QString::fromLatin1(item->metaObject()->className()),
                                    item->objectName());
        }
        for (qsizetype i = 0; i < placed.size(); ++i) {
            for (qsizetype j = i + 1; j < placed.size(); ++j) {
                const QRectF both
                    = QRectF(placed[i]->position(), placed[i]->size())
                          .intersected(QRectF(placed[j]->position(), placed[j]->size()));
                if (both.width() > 3 && both.height() > 3)
                    crowded << QStringLiteral("%1 \"%2\" over %3 \"%4\" in %5 \"%6\"")
                                   .arg(QString::fromLatin1(placed[i]->metaObject()->className()),
                                        placed[i]->objectName(),
                                        QString::fromLatin1(placed[j]->metaObject()->className()),
                                        placed[j]->objectName(),
                                        QString::fromLatin1(item->metaObject()->className()),
                                        item->objectName());
            }
        }
    }
    for (QQuickItem *child : item->childItems())
        collectCrowded(child, crowded);
}

// Distinct colours on a coarse grid: a blank or single-colour page has one or two.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<test::AppHarness> m_app;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QDir m_output;

    // By the visual tree: a view's delegates are not its QObject children.
    static QQuickItem *findItem(QQuickItem *root, const QString &name)
    {
        if (root->objectName() == name)
            return root;
        for (QQuickItem *child : root->childItems()) {
            if (QQuickItem *found = findItem(child, name))
                return found;
        }
        return nullptr;
    }

    QQuickItem *find(const char *name) const
    {
        return findItem(m_window->contentItem(), QLatin1String(name));
    }

    void settle()
    {
        // The page a StackView is sliding in is where it will be only once it is still.
        if (QQuickItem *stack = find("mainStack"))
            QVERIFY(QTest::qWaitFor([stack] { return !stack->property("busy").toBool(); }, 5000));
        // A few frames for the stack's transitions and the loaders.
        for (int i = 0; i < 6; ++i) {
            QSignalSpy swapped(m_window, &QQuickWindow::frameSwapped);
            m_window->update();
            swapped.wait(500);
        }
        QTest::qWait(150);
    }

    void check(const QString &page, const Size &size)
    {
        settle();
        const QImage image = m_window->grabWindow();
        QVERIFY2(!image.isNull(), qPrintable(page));
        const QString file
            = m_output.filePath(QStringLiteral("%1-%2.png").arg(page, QLatin1String(size.name)));
        QVERIFY(image.save(file));
        QVERIFY2(colourCount(image) >= 4,
                 qPrintable(QStringLiteral("%1 looks blank: %2").arg(page, file)));
        QStringList clipped;
        collectClipped(m_window->contentItem(), *m_window, clipped);
        QVERIFY2(clipped.isEmpty(),
                 qPrintable(
                     QStringLiteral("%1 at %2: cut off: %3")
                         .arg(page, QLatin1String(size.name), clipped.join(QStringLiteral("; ")))));
        const QStringList overlapping = overlaps(*m_window);
        QVERIFY2(overlapping.isEmpty(),
                 qPrintable(QStringLiteral("%1 at %2: drawn over each other: %3")
                                .arg(page, QLatin1String(size.name),
                                     overlapping.join(QStringLiteral("; ")))));
        // The checks that walk the item tree: one fault, one message.
        using Collector = void (*)(QQuickItem *, QStringList &);
        const std::pair<const char *, Collector> walks[] {
            { "laid over each other", collectCrowded },
            { "opened scrolled down", collectScrolled },
            { "cut short",
              [](QQuickItem *item, QStringList &found) { collectTruncated(item, found); } },
            { "plural after 0 or 1", collectPluralSlips },
        };
        for (const auto &[fault, collect] : walks) {
            QStringList found;
            collect(m_window->contentItem(), found);
            QVERIFY2(found.isEmpty(),
                     qPrintable(QStringLiteral("%1 at %2: %3: %4")
                                    .arg(page, QLatin1String(size.name), QLatin1String(fault),
                                         found.join(QStringLiteral("; ")))));
        }
        QStringList unnamed;
        collectUnnamed(m_window->contentItem(), unnamed);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("%1: controls without an accessible name: %2")
                                .arg(page, unnamed.join(QStringLiteral("; ")))));
    }

    // A place of the shell, then one of its items clicked (a section, a competence, the results).
    void openInner(QQuickItem *shell, const QString &place, const char *name)
    {
        QVERIFY(QMetaObject::invokeMethod(shell, "go", Q_ARG(QString, place)));
        settle();
        QQuickItem *item = nullptr;
        QVERIFY2(QTest::qWaitFor([&] { return (item = find(name)) != nullptr; }, 5000), name);
        QVERIFY(QMetaObject::invokeMethod(item, "clicked"));
    }

    // Clicks the item named `name` on the page shown (a card, a button).
    void clickItem(const char *name)
    {
        settle();
        QQuickItem *item = nullptr;
        QVERIFY2(QTest::qWaitFor([&] { return (item = find(name)) != nullptr; }, 5000), name);
        QVERIFY(QMetaObject::invokeMethod(item, "clicked"));
    }

    // One followed candidate's page above `place`, then `card` opened from it.
    void openCandidate(QQuickItem *shell, const QString &place, const char *card = nullptr)
    {
        QVERIFY(QMetaObject::invokeMethod(shell, "go", Q_ARG(QString, place)));
        settle();
        QVERIFY(QMetaObject::invokeMethod(shell, "openCandidate",
                                          Q_ARG(QString, QStringLiteral("u-camille"))));
        if (card)
            clickItem(card);
    }

    // The profile opened again as `role`'s, following two candidates.
    void becomeFollower(const QString &role)
    {
        Session &session = m_app->session;
        if (!session.isOpen()) {
            session.unlock(QStringLiteral("Le tuteur arrive à 9 h le mardi"));
            QVERIFY(QTest::qWaitFor([&] { return session.isOpen(); }, 10000));
        }
        QmlFixtures fixtures;
        QVERIFY(fixtures.followCandidates(role, QStringLiteral("cqp-conseiller-entreprise")));
        QVERIFY(QTest::qWaitFor([&] { return find("shell") != nullptr; }, 5000));
    }

private Q_SLOTS:
    // A QML warning (a binding that read null, a loop, an anchor in a layout) fails the test.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("\\.qml:\\d+"))); }

    void initTestCase()
    {
        test::AppHarness::setUpApplication(m_settings.path());
        m_app = std::make_unique<test::AppHarness>();
        QmlFixtures::setSession(&m_app->session);
        QmlFixtures::registerType();
        m_output = QDir(QStringLiteral(JALON_PAGES_DIR));
        m_output.mkpath(QStringLiteral("."));
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        m_engine->load(QUrl(QStringLiteral("qrc:/Jalon/Main.qml")));
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void onboarding()
    {
        for (const Size &size : Sizes) {
            m_window->resize(size.width, size.height);
            QVERIFY(find("onboardingPage"));
            check(QStringLiteral("onboarding"), size);
        }
    }

    void everyPlaceOfTheShell()
    {
        Session &session = m_app->session;
        QSignalSpy opened(&session, &Session::openChanged);
        session.createProfile(QStringLiteral("Camille Martin"),
                              QStringLiteral("Le tuteur arrive à 9 h le mardi"));
        QVERIFY(opened.wait(10000));
        QVERIFY(session.chooseReferentiel(QStringLiteral("cqp-conseiller-entreprise")));
        QVERIFY(session.finishOnboarding());
        QmlFixtures fixtures;
        QVERIFY(fixtures.attestFirstCompetences());
        QVERIFY(fixtures.planSessions());
        QVERIFY(QTest::qWaitFor([&] { return find("shell") != nullptr; }, 5000));
        QQuickItem *shell = find("shell");
        for (const Size &size : Sizes) {
            m_window->resize(size.width, size.height);
            for (const QString &place : Places) {
                QVERIFY(QMetaObject::invokeMethod(shell, "go", Q_ARG(QString, place)));
                check(place, size);
            }
            openInner(shell, QStringLiteral("diagnostic"), "diagnosticResultsButton");
            check(QStringLiteral("diagnostic-results"), size);
            openInner(shell, QStringLiteral("livret"), "livretSection_CP1");
            check(QStringLiteral("livret-section"), size);
            openInner(shell, QStringLiteral("carnet"), "carnetCompetence_CP1");
            check(QStringLiteral("carnet-competence"), size);
        }
        // The dark theme, on the tablet.
        m_app->preferences.setTheme(QStringLiteral("dark"));
        m_window->resize(1280, 800);
        for (const QString &place : { QStringLiteral("home"), QStringLiteral("carnet") }) {
            QVERIFY(QMetaObject::invokeMethod(shell, "go", Q_ARG(QString, place)));
            check(place + QStringLiteral("-dark"), Sizes[1]);
        }
        m_app->preferences.setTheme(QStringLiteral("light"));
    }

    void unlock()
    {
        m_app->session.lock();
        QVERIFY(QTest::qWaitFor([&] { return find("unlockPage") != nullptr; }, 5000));
        for (const Size &size : Sizes) {
            m_window->resize(size.width, size.height);
            check(QStringLiteral("unlock"), size);
        }
    }

    // The pages of a manager (a tutor's are the same without the team and the bilan).
    void everyPageOfAManager()
    {
        becomeFollower(QStringLiteral("manager"));
        QQuickItem *shell = find("shell");
        for (const Size &size : Sizes) {
            m_window->resize(size.width, size.height);
            for (const QString &place : { QStringLiteral("home"), QStringLiteral("dashboard"),
                                          QStringLiteral("candidates") }) {
                QVERIFY(QMetaObject::invokeMethod(shell, "go", Q_ARG(QString, place)));
                check(QStringLiteral("manager-") + place, size);
            }
            openCandidate(shell, QStringLiteral("candidates"));
            check(QStringLiteral("manager-candidate"), size);
            clickItem("candidateCarnetCard");
            check(QStringLiteral("manager-carnet"), size);
            clickItem("carnetCompetence_CP3");
            check(QStringLiteral("manager-carnet-competence"), size);
            clickItem("competenceAttest");
            check(QStringLiteral("manager-attest-criteria"), size);
            clickItem("criterion_CP3.1");
            clickItem("attestNext");
            check(QStringLiteral("manager-attest-situation"), size);
            QQuickItem *situation = find("attestSituation");
            QVERIFY(
                situation
                && situation->setProperty(
                    "text", QStringLiteral("Rendez-vous d'un porteur de projet de boulangerie")));
            clickItem("attestNext");
            check(QStringLiteral("manager-attest-review"), size);
            openCandidate(shell, QStringLiteral("candidates"), "candidateBilanCard");
            check(QStringLiteral("manager-bilan"), size);
        }
    }

    // The pages of an accompanist and of an evaluator.
    void everyPageOfAnAccompanistAndAnEvaluator()
    {
        becomeFollower(QStringLiteral("accompanist"));
        QQuickItem *shell = find("shell");
        for (const Size &size : Sizes) {
            m_window->resize(size.width, size.height);
            openCandidate(shell, QStringLiteral("candidates"));
            check(QStringLiteral("accompanist-candidate"), size);
            clickItem("candidateSessionsCard");
            clickItem("vaePlan");
            check(QStringLiteral("accompanist-sessions"), size);
            clickItem("vaeSession_1");
            check(QStringLiteral("accompanist-session"), size);
            openCandidate(shell, QStringLiteral("candidates"), "candidateLivretCard");
            clickItem("livretSection_CP1");
            check(QStringLiteral("accompanist-livret-section"), size);
        }
        becomeFollower(QStringLiteral("evaluator"));
        shell = find("shell");
        for (const Size &size : Sizes) {
            m_window->resize(size.width, size.height);
            openCandidate(shell, QStringLiteral("candidates"), "candidateCarnetCard");
            check(QStringLiteral("evaluator-carnet"), size);
            clickItem("carnetEvaluate_B1");
            check(QStringLiteral("evaluator-result"), size);
            QTest::keyClick(m_window, Qt::Key_Escape); // the dialog closes
        }
    }

    void cleanupTestCase() { m_engine.reset(); }
};

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
