// SPDX-License-Identifier: GPL-3.0-or-later
// What every Qt Quick Test of the app does: open the real window, find items by
// objectName, and reach a state (a profile made, unlocked, a place of the shell).
.pragma library

const passphrase = "Le tuteur arrive à 9 h le mardi"

function openWindow(test, component, width, height) {
    const window = test.createTemporaryObject(component, test, { width: width, height: height })
    test.verify(window)
    test.tryVerify(() => window.visible && window.contentItem.width === width)
    return window
}

// A QML warning during a test (a binding that read null, a binding loop, an anchor inside
// a layout) fails it: each test file calls this from its init().
function failOnQmlWarnings(test) {
    test.failOnWarning(/\.qml:\d+/)
}

function find(test, root, name) {
    const item = test.findChild(root.contentItem ?? root, name) ?? test.findChild(root, name)
    test.verify(item, "no item named " + name)
    return item
}

function waitFor(test, root, name) {
    test.tryVerify(() => (test.findChild(root.contentItem ?? root, name) ?? test.findChild(root, name)) !== null, 5000, name)
    return find(test, root, name)
}

// A profile made and opened without the onboarding pages (which have their own test).
function ensureProfile(test, session, referentielId) {
    if (!session.exists) {
        session.createProfile("Camille Martin", passphrase)
        test.tryVerify(() => session.open, 10000)
        session.chooseReferentiel(referentielId)
        session.finishOnboarding()
    } else if (!session.open) {
        session.unlock(passphrase)
        test.tryVerify(() => session.open, 10000)
    }
}

// Opens a place of the shell from its navigation (the drawer on a phone).
function go(test, window, key) {
    const shell = waitFor(test, window, "shell")
    shell.go(key)
    const stack = find(test, window, "mainStack")
    test.tryVerify(() => !stack.busy && stack.currentItem !== null)
    return stack.currentItem
}

// The page on top of the shell's stack once it has settled (after a push or a pop).
function top(test, window) {
    const stack = find(test, window, "mainStack")
    test.tryVerify(() => !stack.busy && stack.currentItem !== null)
    return stack.currentItem
}

// Clicks the item named `name` (waited for) and returns the page it opens on top.
function open(test, window, root, name) {
    const item = waitFor(test, root, name)
    reveal(test, item)
    settle(test, item)
    const stack = find(test, window, "mainStack")
    const before = stack.currentItem
    test.mouseClick(item)
    test.tryVerify(() => !stack.busy && stack.currentItem !== before, 5000, "nothing opened from " + name)
    return stack.currentItem
}

// Waits until `item` stops moving (a layout or a scroll settling) before it is clicked.
function settle(test, item) {
    let last = ""
    test.tryVerify(() => {
        const here = item.visible + " " + item.mapToItem(null, 0, 0) + " " + item.width + "x" + item.height
        const still = here === last
        last = here
        test.wait(30)
        return still && item.visible
    }, 5000, "item kept moving")
}

// Scrolls the page until `item` is in view, as a person would before tapping it.
function reveal(test, item) {
    for (let flick = item.parent; flick; flick = flick.parent) {
        if (flick.contentY === undefined || flick.contentItem === undefined || flick.contentHeight === undefined)
            continue
        const y = item.mapToItem(flick.contentItem, 0, 0).y
        if (y < flick.contentY || y + item.height > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(y - 16, flick.contentHeight - flick.height))
        return
    }
}

// Taps `item` once it is in view and still.
function click(test, item) {
    reveal(test, item)
    settle(test, item)
    test.mouseClick(item)
}
