# Simulation: a text adventure command parser and world model driven by a fixed script.

ROOMS = {
    'hall': {'desc': 'a dusty hall', 'exits': {'north': 'library', 'east': 'kitchen'}, 'items': ['lamp']},
    'library': {'desc': 'tall shelves of books', 'exits': {'south': 'hall'}, 'items': ['book', 'key']},
    'kitchen': {'desc': 'a cold kitchen', 'exits': {'west': 'hall', 'down': 'cellar'}, 'items': ['knife']},
    'cellar': {'desc': 'a dark cellar', 'exits': {'up': 'kitchen'}, 'items': ['chest']},
}
ALIASES = {'n': 'north', 's': 'south', 'e': 'east', 'w': 'west', 'u': 'up', 'd': 'down',
           'get': 'take', 'grab': 'take', 'inv': 'inventory', 'i': 'inventory', 'l': 'look'}
STOP = set(['the', 'a', 'an', 'at', 'to'])

class Game(object):
    def __init__(self):
        self.room = 'hall'
        self.inv = []
        self.moves = 0
        self.opened = False
    def parse(self, line):
        words = [ALIASES.get(w, w) for w in line.lower().split() if w not in STOP]
        if not words:
            return None, []
        if words[0] in ('north', 'south', 'east', 'west', 'up', 'down'):
            return 'go', words[:1]
        return words[0], words[1:]
    def do(self, line):
        verb, args = self.parse(line)
        handler = getattr(self, 'cmd_' + (verb or 'nothing'), None)
        if handler is None:
            return "I don't know how to '%s'." % verb
        self.moves += 1
        return handler(*args)
    def cmd_nothing(self):
        return 'Say something.'
    def cmd_look(self):
        r = ROOMS[self.room]
        items = ', '.join(r['items']) or 'nothing'
        return 'You are in %s. Exits: %s. You see: %s.' % (r['desc'], ' '.join(sorted(r['exits'])), items)
    def cmd_go(self, direction=None):
        exits = ROOMS[self.room]['exits']
        if direction not in exits:
            return "You can't go %s." % direction
        if exits[direction] == 'cellar' and 'lamp' not in self.inv:
            return 'It is too dark to go down without a lamp.'
        self.room = exits[direction]
        return self.cmd_look()
    def cmd_take(self, *things):
        if not things:
            return 'Take what?'
        out = []
        for t in things:
            items = ROOMS[self.room]['items']
            if t in items and t != 'chest':
                items.remove(t)
                self.inv.append(t)
                out.append('Taken: %s.' % t)
            else:
                out.append('No %s to take.' % t)
        return ' '.join(out)
    def cmd_drop(self, thing=None):
        if thing not in self.inv:
            return "You don't have %s." % thing
        self.inv.remove(thing)
        ROOMS[self.room]['items'].append(thing)
        return 'Dropped %s.' % thing
    def cmd_inventory(self):
        return 'You carry: %s.' % (', '.join(sorted(self.inv)) or 'nothing')
    def cmd_open(self, thing=None):
        if thing != 'chest' or 'chest' not in ROOMS[self.room]['items']:
            return 'Nothing to open.'
        if 'key' not in self.inv:
            return 'The chest is locked.'
        self.opened = True
        return 'The chest opens: you win in %d moves!' % self.moves

script = ['look', 'take the lamp', 'd', 'e', 'go down', 'open chest', 'u', 'w', 'n', 'grab book key sword',
          'i', 'drop book', 'look', 's', 'e', 'dance', '', 'down', 'open the chest', 'inv']
g = Game()
for line in script:
    print '> ' + line
    print g.do(line)
print g.opened, g.moves, g.room, sorted(g.inv)
