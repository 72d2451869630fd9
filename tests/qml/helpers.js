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
