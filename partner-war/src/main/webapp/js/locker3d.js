// A live 3D model of one locker (three.js): its modules side by side, the compartments of each stacked from the top in
// the order of their names, each with a door in the colour of its state that swings open while the door is open.
// The model follows the live channel (lockernet:compartment events from live.js) without a reload, and reloads the
// locker after a reconnect. Below the model, the same compartments as a table (readable without WebGL, and by screen
// readers); where the page lets the employee choose, free compartments can be picked on the model or in the table.
//
//   const view = await LockerView.mount(element, {base, locker, highlight, onPick});
//   view.highlight('B2'); view.state('B2'); view.doorAngle('B2')   // degrees, as drawn
// Mounted views are also at window.lockerViews[lockerId], for the page's own scripts and the browser tests.
import * as THREE from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';

export const COLOURS = {
    AVAILABLE: '#43a047', RESERVED: '#ffb300', OCCUPIED: '#1e88e5', OPEN: '#fb8c00', OUT_OF_SERVICE: '#757575'
};
const LABELS = {
    AVAILABLE: 'free', RESERVED: 'reserved', OCCUPIED: 'occupied', OPEN: 'door open', OUT_OF_SERVICE: 'out of service'
};
/** Inner heights by size class, in millimetres, for compartments whose dimensions the Core does not know. */
const DEFAULT_HEIGHT = { XS: 80, S: 120, M: 190, L: 390, XL: 600, XXL: 800 };
const FRAME = 24;          // mm of steel between compartments
const OPEN_ANGLE = 100;    // degrees a door swings open
const MM = 1 / 1000;       // the model is in metres

export class LockerView {

    static async mount(element, options) {
        const view = new LockerView(element, options);
        await view.load();
        window.lockerViews = window.lockerViews || {};
        window.lockerViews[options.locker] = view;
        return view;
    }

    constructor(element, { base, locker, highlight = null, onPick = null }) {
        this.element = element;
        this.base = base;
        this.locker = locker;
        this.highlighted = highlight;
        this.onPick = onPick;
        this.compartments = new Map();   // name → {view, state, door pivot, door mesh, label canvas, angle}
        this.webgl = false;
        this.frames = 0;
        this.loads = 0;                  // the newest load's number: an older answer arriving late is ignored
        this.heard = null;               // changes pushed while a load is under way, applied on top of its answer
        this.canvasBox = element.querySelector('.locker3d');
        this.table = element.querySelector('table.compartments tbody');
        this.buildScene();
        document.addEventListener('lockernet:compartment', e => {
            if (e.detail.locker === this.locker) {
                this.heard?.push(e.detail);
                this.setState(e.detail.compartment, e.detail.state);
            }
        });
        // after a reconnect of the live channel: changes may have been missed while it was down
        document.addEventListener('lockernet:listening', () => this.load()
            .catch(e => console.warn('cannot reload locker ' + this.locker + ': ' + e.message)));
    }

    /** Fetches the locker as the Core shows it to this retailer and (re)builds the model and the table. */
    async load() {
        const number = ++this.loads;
        this.heard = [];
        const answer = await fetch(this.base + '/api/lockers', { headers: { Accept: 'application/json' } });
        if (!answer.ok) {
            throw new Error('cannot load the lockers: ' + answer.status);
        }
        const locker = (await answer.json()).find(l => l.id === this.locker);
        if (!locker) {
            throw new Error('locker ' + this.locker + ' is not one of this retailer');
        }
        if (number !== this.loads) {
            return; // a newer load is under way
        }
        const heard = this.heard;
        this.heard = null;
        this.build(locker);
        heard.forEach(change => this.setState(change.compartment, change.state));
    }

    build(locker) {
        this.compartments.clear();
        this.table.replaceChildren();
        this.clearCabinet();
        const modules = new Map();
        for (const c of locker.compartments) {
            const key = c.module ?? 1;
            if (!modules.has(key)) {
                modules.set(key, []);
            }
            modules.get(key).push(c);
        }
        const naturally = (a, b) => a.name.localeCompare(b.name, undefined, { numeric: true });
        let x = 0;
        let tallest = 0;
        const cabinet = new THREE.Group();
        for (const key of [...modules.keys()].sort((a, b) => a - b)) {
            const column = modules.get(key).sort(naturally);
            const width = Math.max(...column.map(c => c.widthMm ?? 420)) + FRAME;
            let y = 0;
            for (const c of column) {
                const height = (c.heightMm ?? DEFAULT_HEIGHT[c.size] ?? 200) + FRAME;
                y -= height;
                this.addCompartment(cabinet, c, x, y, width, height, Math.max(...column.map(k => k.depthMm ?? 600)));
            }
            tallest = Math.max(tallest, -y);
            x += width;
        }
        for (const c of [...locker.compartments].sort(naturally)) {
            this.addRow(c);
        }
        if (this.scene) {
            cabinet.position.set(-x / 2 * MM, tallest / 2 * MM, 0);
            const body = new THREE.Mesh(new THREE.BoxGeometry(x * MM + 0.04, tallest * MM + 0.04, 0.6),
                new THREE.MeshStandardMaterial({ color: 0xb0bec5, metalness: 0.3, roughness: 0.6 }));
            body.position.set(x / 2 * MM, -tallest / 2 * MM, -0.31);
            cabinet.add(body);
            this.scene.add(cabinet);
            this.cabinet = cabinet;
            if (!this.placed) { // a reload keeps the employee's view
                this.camera.position.set(0.4, 0.2, Math.max(x, tallest) * MM * 1.6 + 0.8);
                this.controls.update();
                this.placed = true;
            }
        }
        this.highlight(this.highlighted);
    }

    /** Takes the last model of the locker out of the scene and frees what it held on the graphics card. */
    clearCabinet() {
        if (!this.cabinet) {
            return;
        }
        this.scene.remove(this.cabinet);
        this.cabinet.traverse(object => {
            object.geometry?.dispose();
            for (const material of [object.material ?? []].flat()) {
                material.map?.dispose();
                material.dispose();
            }
        });
        this.cabinet = null;
    }

    /** The renderer, scene, camera and controls: made once, for every model of the locker that is loaded. */
    buildScene() {
        this.scene = null;
        try {
            this.renderer = new THREE.WebGLRenderer({ antialias: true });
        } catch (e) {
            const note = document.createElement('div');
            note.className = 'no-webgl';
            note.textContent = 'The 3D view needs WebGL, which this browser does not offer; the table below shows the same.';
            this.canvasBox.append(note);
            this.webgl = false;
            this.renderer = null;
            return;
        }
        this.webgl = true;
        const width = this.canvasBox.clientWidth || 600;
        const height = this.canvasBox.clientHeight || 460;
        this.renderer.setPixelRatio(window.devicePixelRatio);
        this.renderer.setSize(width, height, false);
        this.canvasBox.append(this.renderer.domElement);
        this.scene = new THREE.Scene();
        this.scene.background = new THREE.Color(0xeceff1);
        this.scene.add(new THREE.HemisphereLight(0xffffff, 0x8d8d8d, 2.2));
        const sun = new THREE.DirectionalLight(0xffffff, 1.4);
        sun.position.set(2, 3, 4);
        this.scene.add(sun);
        this.camera = new THREE.PerspectiveCamera(40, width / height, 0.05, 50);
        this.controls = new OrbitControls(this.camera, this.renderer.domElement);
        this.controls.target.set(0, 0, 0);
        this.raycaster = new THREE.Raycaster();
        this.renderer.domElement.addEventListener('click', e => this.clicked(e));
        new ResizeObserver(() => {
            const w = this.canvasBox.clientWidth;
            const h = this.canvasBox.clientHeight;
            if (w > 0 && h > 0) {
                this.camera.aspect = w / h;
                this.camera.updateProjectionMatrix();
                this.renderer.setSize(w, h, false);
            }
        }).observe(this.canvasBox);
        this.renderer.setAnimationLoop(() => this.animate());
    }

    addCompartment(cabinet, view, x, y, width, height, depth) {
        const entry = { view, state: view.state, angle: 0 };
        this.compartments.set(view.name, entry);
        if (!this.scene) {
            return;
        }
        const w = (width - FRAME) * MM;
        const h = (height - FRAME) * MM;
        const inside = new THREE.Mesh(new THREE.BoxGeometry(w, h, depth * MM),
            new THREE.MeshStandardMaterial({ color: 0x37474f, side: THREE.BackSide }));
        inside.position.set((x + width / 2) * MM, (y + height / 2) * MM, -depth * MM / 2);
        cabinet.add(inside);
        // the door turns about its hinge on the left edge
        const hinge = new THREE.Group();
        hinge.position.set((x + FRAME / 2) * MM, (y + height / 2) * MM, 0.012);
        const canvas = document.createElement('canvas');
        canvas.width = 256;
        canvas.height = Math.max(64, Math.round(256 * h / w));
        const texture = new THREE.CanvasTexture(canvas);
        texture.colorSpace = THREE.SRGBColorSpace;
        const plain = new THREE.MeshStandardMaterial({ color: 0x90a4ae });
        const face = new THREE.MeshStandardMaterial({ map: texture });
        const door = new THREE.Mesh(new THREE.BoxGeometry(w, h, 0.018), [plain, plain, plain, plain, face, plain]);
        door.position.x = w / 2;
        door.userData.compartment = view.name;
        hinge.add(door);
        cabinet.add(hinge);
        const frame = new THREE.LineSegments(new THREE.EdgesGeometry(new THREE.BoxGeometry(w + 0.012, h + 0.012, 0.03)),
            new THREE.LineBasicMaterial({ color: 0xffeb3b }));
        frame.position.set((x + width / 2) * MM, (y + height / 2) * MM, 0.015);
        frame.visible = false;
        cabinet.add(frame);
        Object.assign(entry, { hinge, door, canvas, texture, frame });
        this.paint(entry);
    }

    addRow(view) {
        const row = document.createElement('tr');
        row.dataset.compartment = view.name;
        const cells = [view.name, view.size + (view.lowHeight ? ', low' : '') + (view.special ? ', ' + view.special.toLowerCase() : ''),
            LABELS[view.state] ?? view.state];
        for (const text of cells) {
            const cell = document.createElement('td');
            cell.textContent = text;
            row.append(cell);
        }
        row.children[2].className = 'state';
        const action = document.createElement('td');
        if (this.onPick) {
            const button = document.createElement('button');
            button.type = 'button';
            button.textContent = 'Choose';
            button.className = 'choose';
            button.addEventListener('click', () => this.pick(view.name));
            action.append(button);
        }
        row.append(action);
        this.table.append(row);
        this.compartments.get(view.name).row = row;
        this.showRow(this.compartments.get(view.name));
    }

    /** A pushed state change: recolour the door, swing it, update the table. */
    setState(name, state) {
        const entry = this.compartments.get(name);
        if (!entry) {
            return;
        }
        entry.state = state;
        this.paint(entry);
        this.showRow(entry);
    }

    highlight(name) {
        this.highlighted = name;
        for (const [key, entry] of this.compartments) {
            if (entry.frame) {
                entry.frame.visible = key === name;
            }
            entry.row?.classList.toggle('highlight', key === name);
        }
    }

    state(name) {
        return this.compartments.get(name)?.state;
    }

    /** The angle the door is drawn at now, in degrees (0 closed). */
    doorAngle(name) {
        const entry = this.compartments.get(name);
        return entry?.hinge ? Math.round(-THREE.MathUtils.radToDeg(entry.hinge.rotation.y)) : null;
    }

    paint(entry) {
        if (!entry.canvas) {
            return;
        }
        const g = entry.canvas.getContext('2d');
        g.fillStyle = COLOURS[entry.state] ?? '#9e9e9e';
        g.fillRect(0, 0, entry.canvas.width, entry.canvas.height);
        g.fillStyle = '#ffffff';
        g.font = 'bold 72px system-ui, sans-serif';
        g.textAlign = 'center';
        g.textBaseline = 'middle';
        g.fillText(entry.view.name, entry.canvas.width / 2, entry.canvas.height / 2 - 14);
        g.font = '30px system-ui, sans-serif';
        g.fillText(LABELS[entry.state] ?? entry.state, entry.canvas.width / 2, entry.canvas.height / 2 + 44);
        entry.texture.needsUpdate = true;
    }

    showRow(entry) {
        if (!entry.row) {
            return;
        }
        entry.row.dataset.state = entry.state;
        entry.row.querySelector('.state').textContent = LABELS[entry.state] ?? entry.state;
        const button = entry.row.querySelector('button.choose');
        if (button) {
            button.disabled = entry.state !== 'AVAILABLE';
        }
    }

    clicked(event) {
        if (!this.onPick) {
            return;
        }
        const box = this.renderer.domElement.getBoundingClientRect();
        const pointer = new THREE.Vector2(((event.clientX - box.left) / box.width) * 2 - 1,
            -((event.clientY - box.top) / box.height) * 2 + 1);
        this.raycaster.setFromCamera(pointer, this.camera);
        const hit = this.raycaster.intersectObjects(this.scene.children, true)
            .find(h => h.object.userData.compartment);
        if (hit) {
            this.pick(hit.object.userData.compartment);
        }
    }

    pick(name) {
        if (this.compartments.get(name)?.state === 'AVAILABLE') {
            this.highlight(name);
            this.onPick(name);
        }
    }

    animate() {
        for (const entry of this.compartments.values()) {
            if (!entry.hinge) {
                continue;
            }
            const target = entry.state === 'OPEN' ? OPEN_ANGLE : 0;
            entry.angle += (target - entry.angle) * 0.15;
            if (Math.abs(target - entry.angle) < 0.5) {
                entry.angle = target;
            }
            entry.hinge.rotation.y = -THREE.MathUtils.degToRad(entry.angle);
        }
        this.controls.update();
        this.renderer.render(this.scene, this.camera);
        this.frames++;
    }
}
