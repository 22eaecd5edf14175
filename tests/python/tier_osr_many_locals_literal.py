# A function with 220 local variables written out literally, updated on every
# iteration of a loop long enough to go through OSR; every local is printed
# after the loop (and some in the middle through locals()). Some locals are
# unbound when the loop starts and only bound after iteration 50, some are
# deleted and rebound inside the loop, and the types of some change mid-loop.
# (Generated once by a small script; the text below is the test.)


def many(n, kill):
    v0 = 0
    v1 = 0.5
    v2 = 's2'
    v3 = [3]
    v5 = 5
    v6 = 3.0
    v7 = 's7'
    v8 = [8]
    v10 = 10
    v11 = 5.5
    v12 = 's12'
    v13 = [13]
    v15 = 15
    v16 = 8.0
    v17 = 's17'
    v18 = [18]
    v20 = 20
    v21 = 10.5
    v22 = 's22'
    v23 = [23]
    v25 = 25
    v26 = 13.0
    v27 = 's27'
    v28 = [28]
    v30 = 30
    v31 = 15.5
    v32 = 's32'
    v33 = [33]
    v35 = 35
    v36 = 18.0
    v37 = 's37'
    v38 = [38]
    v40 = 40
    v41 = 20.5
    v42 = 's42'
    v43 = [43]
    v45 = 45
    v46 = 23.0
    v47 = 's47'
    v48 = [48]
    v50 = 50
    v51 = 25.5
    v52 = 's52'
    v53 = [53]
    v55 = 55
    v56 = 28.0
    v57 = 's57'
    v58 = [58]
    v60 = 60
    v61 = 30.5
    v62 = 's62'
    v63 = [63]
    v65 = 65
    v66 = 33.0
    v67 = 's67'
    v68 = [68]
    v70 = 70
    v71 = 35.5
    v72 = 's72'
    v73 = [73]
    v75 = 75
    v76 = 38.0
    v77 = 's77'
    v78 = [78]
    v80 = 80
    v81 = 40.5
    v82 = 's82'
    v83 = [83]
    v85 = 85
    v86 = 43.0
    v87 = 's87'
    v88 = [88]
    v90 = 90
    v91 = 45.5
    v92 = 's92'
    v93 = [93]
    v95 = 95
    v96 = 48.0
    v97 = 's97'
    v98 = [98]
    v100 = 100
    v101 = 50.5
    v102 = 's102'
    v103 = [103]
    v105 = 105
    v106 = 53.0
    v107 = 's107'
    v108 = [108]
    v110 = 110
    v111 = 55.5
    v112 = 's112'
    v113 = [113]
    v115 = 115
    v116 = 58.0
    v117 = 's117'
    v118 = [118]
    v120 = 120
    v121 = 60.5
    v122 = 's122'
    v123 = [123]
    v125 = 125
    v126 = 63.0
    v127 = 's127'
    v128 = [128]
    v130 = 130
    v131 = 65.5
    v132 = 's132'
    v133 = [133]
    v135 = 135
    v136 = 68.0
    v137 = 's137'
    v138 = [138]
    v140 = 140
    v141 = 70.5
    v142 = 's142'
    v143 = [143]
    v145 = 145
    v146 = 73.0
    v147 = 's147'
    v148 = [148]
    v150 = 150
    v151 = 75.5
    v152 = 's152'
    v153 = [153]
    v155 = 155
    v156 = 78.0
    v157 = 's157'
    v158 = [158]
    v160 = 160
    v161 = 80.5
    v162 = 's162'
    v163 = [163]
    v165 = 165
    v166 = 83.0
    v167 = 's167'
    v168 = [168]
    v170 = 170
    v171 = 85.5
    v172 = 's172'
    v173 = [173]
    v175 = 175
    v176 = 88.0
    v177 = 's177'
    v178 = [178]
    v180 = 180
    v181 = 90.5
    v182 = 's182'
    v183 = [183]
    v185 = 185
    v186 = 93.0
    v187 = 's187'
    v188 = [188]
    v190 = 190
    v191 = 95.5
    v192 = 's192'
    v193 = [193]
    v195 = 195
    v196 = 98.0
    v197 = 's197'
    v198 = [198]
    v200 = 200
    v201 = 100.5
    v202 = 's202'
    v203 = [203]
    v205 = 205
    v206 = 103.0
    v207 = 's207'
    v208 = [208]
    v210 = 210
    v211 = 105.5
    v212 = 's212'
    v213 = [213]
    v215 = 215
    v216 = 108.0
    v217 = 's217'
    v218 = [218]
    trace = []
    for it in range(n):
        v0 = v0 + it * 1
        v1 = v1 * 0.5 + it
        if it % 4 == 0:
            v2 = v2[-6:] + chr(97 + it % 26)
        v3.append(it)
        if len(v3) > 5:
            del v3[0]
        if it >= 50:
            v4 = (v4 + 1) if it > 50 else 4
        v5 += (it ^ 5) & 15
        v6 = v6 * 0.5 + it
        if it % 9 == 0:
            v7 = v7[-6:] + chr(97 + it % 26)
        v8.append(it)
        if len(v8) > 5:
            del v8[0]
        if it >= 50:
            v9 = (v9 + 1) if it > 50 else 9
        v10 += (it ^ 10) & 15
        v11 = v11 * 0.5 + it
        if it % 3 == 0:
            v12 = v12[-6:] + chr(97 + it % 26)
        v13.append(it)
        if len(v13) > 5:
            del v13[0]
        if it >= 50:
            v14 = (v14 + 1) if it > 50 else 14
        v15 = v15 + it * 2
        v16 = v16 * 0.5 + it
        if it % 8 == 0:
            v17 = v17[-6:] + chr(97 + it % 26)
        v18.append(it)
        if len(v18) > 5:
            del v18[0]
        if it >= 50:
            v19 = (v19 + 1) if it > 50 else 19
        v20 += (it ^ 20) & 15
        v21 = v21 * 0.5 + it
        if it % 2 == 0:
            v22 = v22[-6:] + chr(97 + it % 26)
        v23.append(it)
        if len(v23) > 5:
            del v23[0]
        if it >= 50:
            v24 = (v24 + 1) if it > 50 else 24
        v25 += (it ^ 25) & 15
        v26 = v26 * 0.5 + it
        if it % 7 == 0:
            v27 = v27[-6:] + chr(97 + it % 26)
        v28.append(it)
        if len(v28) > 5:
            del v28[0]
        if it >= 50:
            v29 = (v29 + 1) if it > 50 else 29
        v30 = v30 + it * 3
        v31 = v31 * 0.5 + it
        if it % 12 == 0:
            v32 = v32[-6:] + chr(97 + it % 26)
        v33.append(it)
        if len(v33) > 5:
            del v33[0]
        if it >= 50:
            v34 = (v34 + 1) if it > 50 else 34
        v35 += (it ^ 35) & 15
        v36 = v36 * 0.5 + it
        if it % 6 == 0:
            v37 = v37[-6:] + chr(97 + it % 26)
        v38.append(it)
        if len(v38) > 5:
            del v38[0]
        if it >= 50:
            v39 = (v39 + 1) if it > 50 else 39
        v40 += (it ^ 40) & 15
        v41 = v41 * 0.5 + it
        if it % 11 == 0:
            v42 = v42[-6:] + chr(97 + it % 26)
        v43.append(it)
        if len(v43) > 5:
            del v43[0]
        if it >= 50:
            v44 = (v44 + 1) if it > 50 else 44
        v45 = v45 + it * 4
        v46 = v46 * 0.5 + it
        if it % 5 == 0:
            v47 = v47[-6:] + chr(97 + it % 26)
        v48.append(it)
        if len(v48) > 5:
            del v48[0]
        if it >= 50:
            v49 = (v49 + 1) if it > 50 else 49
        v50 += (it ^ 50) & 15
        v51 = v51 * 0.5 + it
        if it % 10 == 0:
            v52 = v52[-6:] + chr(97 + it % 26)
        v53.append(it)
        if len(v53) > 5:
            del v53[0]
        if it >= 50:
            v54 = (v54 + 1) if it > 50 else 54
        v55 += (it ^ 55) & 15
        v56 = v56 * 0.5 + it
        if it % 4 == 0:
            v57 = v57[-6:] + chr(97 + it % 26)
        v58.append(it)
        if len(v58) > 5:
            del v58[0]
        if it >= 50:
            v59 = (v59 + 1) if it > 50 else 59
        v60 = v60 + it * 5
        v61 = v61 * 0.5 + it
        if it % 9 == 0:
            v62 = v62[-6:] + chr(97 + it % 26)
        v63.append(it)
        if len(v63) > 5:
            del v63[0]
        if it >= 50:
            v64 = (v64 + 1) if it > 50 else 64
        v65 += (it ^ 65) & 15
        v66 = v66 * 0.5 + it
        if it % 3 == 0:
            v67 = v67[-6:] + chr(97 + it % 26)
        v68.append(it)
        if len(v68) > 5:
            del v68[0]
        if it >= 50:
            v69 = (v69 + 1) if it > 50 else 69
        v70 += (it ^ 70) & 15
        v71 = v71 * 0.5 + it
        if it % 8 == 0:
            v72 = v72[-6:] + chr(97 + it % 26)
        v73.append(it)
        if len(v73) > 5:
            del v73[0]
        if it >= 50:
            v74 = (v74 + 1) if it > 50 else 74
        v75 = v75 + it * 6
        v76 = v76 * 0.5 + it
        if it % 2 == 0:
            v77 = v77[-6:] + chr(97 + it % 26)
        v78.append(it)
        if len(v78) > 5:
            del v78[0]
        if it >= 50:
            v79 = (v79 + 1) if it > 50 else 79
        v80 += (it ^ 80) & 15
        v81 = v81 * 0.5 + it
        if it % 7 == 0:
            v82 = v82[-6:] + chr(97 + it % 26)
        v83.append(it)
        if len(v83) > 5:
            del v83[0]
        if it >= 50:
            v84 = (v84 + 1) if it > 50 else 84
        v85 += (it ^ 85) & 15
        v86 = v86 * 0.5 + it
        if it % 12 == 0:
            v87 = v87[-6:] + chr(97 + it % 26)
        v88.append(it)
        if len(v88) > 5:
            del v88[0]
        if it >= 50:
            v89 = (v89 + 1) if it > 50 else 89
        v90 = v90 + it * 7
        v91 = v91 * 0.5 + it
        if it % 6 == 0:
            v92 = v92[-6:] + chr(97 + it % 26)
        v93.append(it)
        if len(v93) > 5:
            del v93[0]
        if it >= 50:
            v94 = (v94 + 1) if it > 50 else 94
        v95 += (it ^ 95) & 15
        v96 = v96 * 0.5 + it
        if it % 11 == 0:
            v97 = v97[-6:] + chr(97 + it % 26)
        v98.append(it)
        if len(v98) > 5:
            del v98[0]
        if it >= 50:
            v99 = (v99 + 1) if it > 50 else 99
        v100 += (it ^ 100) & 15
        v101 = v101 * 0.5 + it
        if it % 5 == 0:
            v102 = v102[-6:] + chr(97 + it % 26)
        v103.append(it)
        if len(v103) > 5:
            del v103[0]
        if it >= 50:
            v104 = (v104 + 1) if it > 50 else 104
        v105 = v105 + it * 1
        v106 = v106 * 0.5 + it
        if it % 10 == 0:
            v107 = v107[-6:] + chr(97 + it % 26)
        v108.append(it)
        if len(v108) > 5:
            del v108[0]
        if it >= 50:
            v109 = (v109 + 1) if it > 50 else 109
        v110 += (it ^ 110) & 15
        v111 = v111 * 0.5 + it
        if it % 4 == 0:
            v112 = v112[-6:] + chr(97 + it % 26)
        v113.append(it)
        if len(v113) > 5:
            del v113[0]
        if it >= 50:
            v114 = (v114 + 1) if it > 50 else 114
        v115 += (it ^ 115) & 15
        v116 = v116 * 0.5 + it
        if it % 9 == 0:
            v117 = v117[-6:] + chr(97 + it % 26)
        v118.append(it)
        if len(v118) > 5:
            del v118[0]
        if it >= 50:
            v119 = (v119 + 1) if it > 50 else 119
        v120 = v120 + it * 2
        v121 = v121 * 0.5 + it
        if it % 3 == 0:
            v122 = v122[-6:] + chr(97 + it % 26)
        v123.append(it)
        if len(v123) > 5:
            del v123[0]
        if it >= 50:
            v124 = (v124 + 1) if it > 50 else 124
        v125 += (it ^ 125) & 15
        v126 = v126 * 0.5 + it
        if it % 8 == 0:
            v127 = v127[-6:] + chr(97 + it % 26)
        v128.append(it)
        if len(v128) > 5:
            del v128[0]
        if it >= 50:
            v129 = (v129 + 1) if it > 50 else 129
        v130 += (it ^ 130) & 15
        v131 = v131 * 0.5 + it
        if it % 2 == 0:
            v132 = v132[-6:] + chr(97 + it % 26)
        v133.append(it)
        if len(v133) > 5:
            del v133[0]
        if it >= 50:
            v134 = (v134 + 1) if it > 50 else 134
        v135 = v135 + it * 3
        v136 = v136 * 0.5 + it
        if it % 7 == 0:
            v137 = v137[-6:] + chr(97 + it % 26)
        v138.append(it)
        if len(v138) > 5:
            del v138[0]
        if it >= 50:
            v139 = (v139 + 1) if it > 50 else 139
        v140 += (it ^ 140) & 15
        v141 = v141 * 0.5 + it
        if it % 12 == 0:
            v142 = v142[-6:] + chr(97 + it % 26)
        v143.append(it)
        if len(v143) > 5:
            del v143[0]
        if it >= 50:
            v144 = (v144 + 1) if it > 50 else 144
        v145 += (it ^ 145) & 15
        v146 = v146 * 0.5 + it
        if it % 6 == 0:
            v147 = v147[-6:] + chr(97 + it % 26)
        v148.append(it)
        if len(v148) > 5:
            del v148[0]
        if it >= 50:
            v149 = (v149 + 1) if it > 50 else 149
        v150 = v150 + it * 4
        v151 = v151 * 0.5 + it
        if it % 11 == 0:
            v152 = v152[-6:] + chr(97 + it % 26)
        v153.append(it)
        if len(v153) > 5:
            del v153[0]
        if it >= 50:
            v154 = (v154 + 1) if it > 50 else 154
        v155 += (it ^ 155) & 15
        v156 = v156 * 0.5 + it
        if it % 5 == 0:
            v157 = v157[-6:] + chr(97 + it % 26)
        v158.append(it)
        if len(v158) > 5:
            del v158[0]
        if it >= 50:
            v159 = (v159 + 1) if it > 50 else 159
        v160 += (it ^ 160) & 15
        v161 = v161 * 0.5 + it
        if it % 10 == 0:
            v162 = v162[-6:] + chr(97 + it % 26)
        v163.append(it)
        if len(v163) > 5:
            del v163[0]
        if it >= 50:
            v164 = (v164 + 1) if it > 50 else 164
        v165 = v165 + it * 5
        v166 = v166 * 0.5 + it
        if it % 4 == 0:
            v167 = v167[-6:] + chr(97 + it % 26)
        v168.append(it)
        if len(v168) > 5:
            del v168[0]
        if it >= 50:
            v169 = (v169 + 1) if it > 50 else 169
        v170 += (it ^ 170) & 15
        v171 = v171 * 0.5 + it
        if it % 9 == 0:
            v172 = v172[-6:] + chr(97 + it % 26)
        v173.append(it)
        if len(v173) > 5:
            del v173[0]
        if it >= 50:
            v174 = (v174 + 1) if it > 50 else 174
        v175 += (it ^ 175) & 15
        v176 = v176 * 0.5 + it
        if it % 3 == 0:
            v177 = v177[-6:] + chr(97 + it % 26)
        v178.append(it)
        if len(v178) > 5:
            del v178[0]
        if it >= 50:
            v179 = (v179 + 1) if it > 50 else 179
        v180 = v180 + it * 6
        v181 = v181 * 0.5 + it
        if it % 8 == 0:
            v182 = v182[-6:] + chr(97 + it % 26)
        v183.append(it)
        if len(v183) > 5:
            del v183[0]
        if it >= 50:
            v184 = (v184 + 1) if it > 50 else 184
        v185 += (it ^ 185) & 15
        v186 = v186 * 0.5 + it
        if it % 2 == 0:
            v187 = v187[-6:] + chr(97 + it % 26)
        v188.append(it)
        if len(v188) > 5:
            del v188[0]
        if it >= 50:
            v189 = (v189 + 1) if it > 50 else 189
        v190 += (it ^ 190) & 15
        v191 = v191 * 0.5 + it
        if it % 7 == 0:
            v192 = v192[-6:] + chr(97 + it % 26)
        v193.append(it)
        if len(v193) > 5:
            del v193[0]
        if it >= 50:
            v194 = (v194 + 1) if it > 50 else 194
        v195 = v195 + it * 7
        v196 = v196 * 0.5 + it
        if it % 12 == 0:
            v197 = v197[-6:] + chr(97 + it % 26)
        v198.append(it)
        if len(v198) > 5:
            del v198[0]
        if it >= 50:
            v199 = (v199 + 1) if it > 50 else 199
        v200 += (it ^ 200) & 15
        v201 = v201 * 0.5 + it
        if it % 6 == 0:
            v202 = v202[-6:] + chr(97 + it % 26)
        v203.append(it)
        if len(v203) > 5:
            del v203[0]
        if it >= 50:
            v204 = (v204 + 1) if it > 50 else 204
        v205 += (it ^ 205) & 15
        v206 = v206 * 0.5 + it
        if it % 11 == 0:
            v207 = v207[-6:] + chr(97 + it % 26)
        v208.append(it)
        if len(v208) > 5:
            del v208[0]
        if it >= 50:
            v209 = (v209 + 1) if it > 50 else 209
        v210 = v210 + it * 1
        v211 = v211 * 0.5 + it
        if it % 5 == 0:
            v212 = v212[-6:] + chr(97 + it % 26)
        v213.append(it)
        if len(v213) > 5:
            del v213[0]
        if it >= 50:
            v214 = (v214 + 1) if it > 50 else 214
        v215 += (it ^ 215) & 15
        v216 = v216 * 0.5 + it
        if it % 10 == 0:
            v217 = v217[-6:] + chr(97 + it % 26)
        v218.append(it)
        if len(v218) > 5:
            del v218[0]
        if it >= 50:
            v219 = (v219 + 1) if it > 50 else 219
        if it == 120:
            loc = locals()
            trace.append((loc['v0'], loc['v1'], loc['v2'], loc['v3'], loc['v4']))
            trace.append(sorted(k for k in loc if k.startswith('v'))[:5])
            trace.append(len([k for k in loc if k.startswith('v')]))
        if it == 200:
            v5 = 0.25
            v6 = 10 ** 20
            v11 = True
        if it == 210:
            del v10
            if not kill:
                v10 = 12345
    return [
        v0,
        v1,
        v2,
        v3,
        v4,
        v5,
        v6,
        v7,
        v8,
        v9,
        v10,
        v11,
        v12,
        v13,
        v14,
        v15,
        v16,
        v17,
        v18,
        v19,
        v20,
        v21,
        v22,
        v23,
        v24,
        v25,
        v26,
        v27,
        v28,
        v29,
        v30,
        v31,
        v32,
        v33,
        v34,
        v35,
        v36,
        v37,
        v38,
        v39,
        v40,
        v41,
        v42,
        v43,
        v44,
        v45,
        v46,
        v47,
        v48,
        v49,
        v50,
        v51,
        v52,
        v53,
        v54,
        v55,
        v56,
        v57,
        v58,
        v59,
        v60,
        v61,
        v62,
        v63,
        v64,
        v65,
        v66,
        v67,
        v68,
        v69,
        v70,
        v71,
        v72,
        v73,
        v74,
        v75,
        v76,
        v77,
        v78,
        v79,
        v80,
        v81,
        v82,
        v83,
        v84,
        v85,
        v86,
        v87,
        v88,
        v89,
        v90,
        v91,
        v92,
        v93,
        v94,
        v95,
        v96,
        v97,
        v98,
        v99,
        v100,
        v101,
        v102,
        v103,
        v104,
        v105,
        v106,
        v107,
        v108,
        v109,
        v110,
        v111,
        v112,
        v113,
        v114,
        v115,
        v116,
        v117,
        v118,
        v119,
        v120,
        v121,
        v122,
        v123,
        v124,
        v125,
        v126,
        v127,
        v128,
        v129,
        v130,
        v131,
        v132,
        v133,
        v134,
        v135,
        v136,
        v137,
        v138,
        v139,
        v140,
        v141,
        v142,
        v143,
        v144,
        v145,
        v146,
        v147,
        v148,
        v149,
        v150,
        v151,
        v152,
        v153,
        v154,
        v155,
        v156,
        v157,
        v158,
        v159,
        v160,
        v161,
        v162,
        v163,
        v164,
        v165,
        v166,
        v167,
        v168,
        v169,
        v170,
        v171,
        v172,
        v173,
        v174,
        v175,
        v176,
        v177,
        v178,
        v179,
        v180,
        v181,
        v182,
        v183,
        v184,
        v185,
        v186,
        v187,
        v188,
        v189,
        v190,
        v191,
        v192,
        v193,
        v194,
        v195,
        v196,
        v197,
        v198,
        v199,
        v200,
        v201,
        v202,
        v203,
        v204,
        v205,
        v206,
        v207,
        v208,
        v209,
        v210,
        v211,
        v212,
        v213,
        v214,
        v215,
        v216,
        v217,
        v218,
        v219,
    ], trace


for n, kill in ((300, False), (0, False), (1, False), (60, False), (300, True), (300, False)):
    try:
        vals, trace = many(n, kill)
    except NameError as e:
        print n, type(e).__name__, e
        continue
    print 'n =', n, 'kill =', kill
    for i, v in enumerate(vals):
        print '  v%d = %r' % (i, v)
    print '  trace', trace
